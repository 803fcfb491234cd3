import type { WidgetProps } from "@rjsf/utils";
import { useEffect, useState } from "react";

/** Splits an ISO date into the three boxes; keeps what the user typed while it is incomplete. */
function split(value: unknown): { day: string; month: string; year: string } {
  const match = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  return match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! } : { day: "", month: "", year: "" };
}

/**
 * GOV.UK date input: day, month and year boxes in a fieldset. The value is an ISO date
 * only when all three form a complete date; anything else is passed on as typed, so the
 * schema's `format: date` reports it instead of the form silently dropping it.
 */
export function GovukDateWidget(props: WidgetProps) {
  const { id, value, onChange, onBlur, onFocus, label, required, disabled, readonly, rawErrors, schema } = props;
  const [parts, setParts] = useState(() => split(value));
  useEffect(() => {
    const next = split(value);
    if (value === undefined || (next.year && `${next.year}-${next.month}-${next.day}` !== `${parts.year}-${parts.month}-${parts.day}`))
      setParts(next);
    // Only an outside change of value (opening a file, clearing the form) resets the boxes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const hasError = (rawErrors?.length ?? 0) > 0;
  const update = (key: "day" | "month" | "year", text: string) => {
    const next = { ...parts, [key]: text.trim() };
    setParts(next);
    if (!next.day && !next.month && !next.year) return onChange(undefined);
    // Only a four-digit year makes an ISO date; "16 9 202" stays as typed and fails `format: date`.
    const complete = /^\d{4}$/.test(next.year) && /^\d{1,2}$/.test(next.month) && /^\d{1,2}$/.test(next.day);
    onChange(
      complete ? `${next.year}-${next.month.padStart(2, "0")}-${next.day.padStart(2, "0")}` : `${next.year}-${next.month}-${next.day}`,
    );
  };
  const box = (key: "day" | "month" | "year", text: string, width: 2 | 4) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={key === "day" ? id : `${id}-${key}`}>
          {text}
        </label>
        <input
          className={`govuk-input govuk-date-input__input govuk-input--width-${width}${hasError ? " govuk-input--error" : ""}`}
          id={key === "day" ? id : `${id}-${key}`}
          name={`${id}-${key}`}
          type="text"
          inputMode="numeric"
          autoComplete={id.endsWith("dateOfBirth") ? `bday-${key}` : "off"}
          value={parts[key]}
          disabled={disabled || readonly}
          onChange={(event) => update(key, event.target.value)}
          onBlur={() => onBlur(id, value)}
          onFocus={() => onFocus(id, value)}
        />
      </div>
    </div>
  );
  return (
    <fieldset className="govuk-fieldset" role="group" aria-describedby={`${id}-hint${hasError ? ` ${id}-error` : ""}`}>
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
        {label}
        {!required && " (optional)"}
      </legend>
      <div className="govuk-hint" id={`${id}-hint`}>
        {schema.description ?? "For example, 27 3 2024"}
      </div>
      {hasError && (
        <p className="govuk-error-message" id={`${id}-error`}>
          <span className="govuk-visually-hidden">Error:</span> {rawErrors![0]}
        </p>
      )}
      <div className="govuk-date-input">
        {box("day", "Day", 2)}
        {box("month", "Month", 2)}
        {box("year", "Year", 4)}
      </div>
    </fieldset>
  );
}
