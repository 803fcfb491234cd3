/**
 * A question the form is not showing now (the rest of the form once an emergency stops
 * it, an action that does not apply): `{ "ui:field": OmittedField }` draws nothing, and
 * the field template, seeing it, draws no label, hint or error either. Its answer, if
 * any, stays in the data.
 */
export function OmittedField() {
  return null;
}

export const omittedUi = { "ui:field": OmittedField } as const;
