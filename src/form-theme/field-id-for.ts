/** rjsf's error `property` (".stages.0.dateRaised") -> the id of that field's input. */
export function fieldIdFor(property: string | undefined): string {
  return `root${(property ?? "")
    .replace(/\./g, "_")
    .replace(/\[(\d+)\]/g, "_$1")
    .replace(/\['([^']+)'\]/g, "_$1")}`;
}
