import type { FieldTemplateProps } from "@rjsf/utils";
import { ownFieldset } from "./own-fieldset.ts";
import { OmittedField } from "./omitted-field.tsx";

export function FieldTemplate(props: FieldTemplateProps) {
  const { id, label, children, rawErrors = [], rawDescription, schema, uiSchema, required, hidden, displayLabel } = props;
  if (hidden) return <div className="govuk-visually-hidden">{children}</div>;
  // Not shown now: no hint or label left behind without its question.
  if (uiSchema?.["ui:field"] === OmittedField) return null;
  if (schema.type === "object" || (schema.type === "array" && !(uiSchema?.["ui:widget"] === "checkboxes"))) return <>{children}</>;
  const hasError = rawErrors.length > 0;
  const groupClass = `govuk-form-group${hasError ? " govuk-form-group--error" : ""}`;
  if (ownFieldset(schema, uiSchema as Record<string, unknown>)) return <div className={groupClass}>{children}</div>;
  const help = typeof uiSchema?.["ui:help"] === "string" ? (uiSchema["ui:help"] as string) : undefined;
  const hint = [rawDescription, help].filter(Boolean).join(" ");
  return (
    <div className={groupClass}>
      {displayLabel && (
        <label className="govuk-label govuk-label--s" htmlFor={id}>
          {label}
          {!required && !schema.readOnly && " (optional)"}
        </label>
      )}
      {hint && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {hasError && (
        <p className="govuk-error-message" id={`${id}-error`}>
          <span className="govuk-visually-hidden">Error:</span> {rawErrors[0]}
        </p>
      )}
      {children}
    </div>
  );
}
