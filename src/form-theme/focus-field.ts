/**
 * Takes the user to a field, as GOV.UK's error summary does: scrolled to the middle of the
 * screen and focused. A group of radios or checkboxes has no element with the field's id,
 * so its first input (named after the field) takes focus instead. False when the field is
 * not on the page.
 */
export function focusField(id: string): boolean {
  const field = document.getElementById(id) ?? document.querySelector<HTMLElement>(`[name="${CSS.escape(id)}"]`);
  if (!field) return false;
  field.scrollIntoView({ block: "center" });
  field.focus();
  return true;
}
