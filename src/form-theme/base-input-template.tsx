import type { BaseInputTemplateProps } from "@rjsf/utils";
import { describedBy } from "./described-by.ts";

export function BaseInputTemplate(props: BaseInputTemplateProps) {
  const { id, value, onChange, onBlur, onFocus, disabled, readonly, rawErrors = [], schema, uiSchema, type, autofocus, registry } = props;
  const hasError = rawErrors.length > 0;
  const hasHint = Boolean(schema.description || uiSchema?.["ui:help"]);
  if (readonly || schema.readOnly) {
    return (
      <p className="govuk-body govuk-!-font-weight-bold app-readonly-value" id={id} aria-describedby={describedBy(id, hasHint, false)}>
        {/* An empty read-only value says why, in the form's words (formContext.readonlyEmptyText, by field id). */}
        {value ||
          (registry.formContext as { readonlyEmptyText?: Readonly<Record<string, string>> } | undefined)?.readonlyEmptyText?.[id] ||
          "Not given yet"}
      </p>
    );
  }
  return (
    <input
      className={`govuk-input${hasError ? " govuk-input--error" : ""}`}
      id={id}
      name={id}
      type={type === "text" || !type ? "text" : type}
      value={value ?? ""}
      autoFocus={autofocus}
      disabled={disabled}
      spellCheck={false}
      aria-describedby={describedBy(id, hasHint, hasError)}
      onChange={(event) => onChange(event.target.value === "" ? undefined : event.target.value)}
      onBlur={(event) => onBlur(id, event.target.value)}
      onFocus={(event) => onFocus(id, event.target.value)}
    />
  );
}
