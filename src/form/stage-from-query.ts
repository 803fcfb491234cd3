/**
 * The stage a link asked the form to start at: `?stage=<id>` from the chart's text twin.
 * Read from the address on load; nothing is sent or stored. An id the form does not know
 * is ignored rather than trusted.
 */
export function stageFromQuery(search: string, stageIds: ReadonlySet<string>): string | undefined {
  const stage = new URLSearchParams(search).get("stage");
  return stage !== null && stageIds.has(stage) ? stage : undefined;
}

/** The answers with the first stage record set to `stage`, unless the user already chose one. */
export function startAtStage<T extends { stages?: readonly { stage?: string }[] }>(data: T, stage: string): T {
  const [first, ...rest] = data.stages ?? [];
  if (first?.stage) return data;
  return { ...data, stages: [{ ...(first ?? {}), stage }, ...rest] };
}
