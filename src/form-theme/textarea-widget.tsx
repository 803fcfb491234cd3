import type { WidgetProps } from "@rjsf/utils";
import { describedBy } from "./described-by.ts";

export function TextareaWidget(props: WidgetProps) {
  const { id, value, onChange, onBlur, onFocus, disabled, readonly, rawErrors = [], schema, options } = props;
  const hasError = rawErrors.length > 0;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : undefined;
  const length = typeof value === "string" ? value.length : 0;
  const over = max !== undefined && length > max;
  return (
    <>
      <textarea
        className={`govuk-textarea${hasError || over ? " govuk-textarea--error" : ""}`}
        id={id}
        name={id}
        rows={typeof options.rows === "number" ? options.rows : 5}
        value={value ?? ""}
        disabled={disabled || readonly}
        aria-describedby={
          [describedBy(id, Boolean(schema.description), hasError), max ? `${id}-count` : ""].filter(Boolean).join(" ") || undefined
        }
        onChange={(event) => onChange(event.target.value === "" ? undefined : event.target.value)}
        onBlur={(event) => onBlur(id, event.target.value)}
        onFocus={(event) => onFocus(id, event.target.value)}
      />
      {max !== undefined && (
        <div
          id={`${id}-count`}
          className={`govuk-hint govuk-character-count__message${over ? " govuk-error-message" : ""}`}
          aria-live="polite"
        >
          {over ? `You have ${length - max} characters too many` : `You have ${max - length} characters remaining`}
        </div>
      )}
    </>
  );
}
