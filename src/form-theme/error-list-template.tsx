import type { ErrorListProps } from "@rjsf/utils";
import { useEffect, useRef } from "react";
import { fieldIdFor } from "./field-id-for.ts";
import { focusField } from "./focus-field.ts";

/** The GOV.UK error summary: shown above the form, focused when it appears, each error linking to its field. */
export function ErrorListTemplate({ errors }: ErrorListProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [errors]);
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="govuk-error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <div className="govuk-error-summary__body">
        <ul className="govuk-list govuk-error-summary__list">
          {errors.map((error, i) => (
            <li key={i}>
              <a
                href={`#${fieldIdFor(error.property)}`}
                onClick={(event) => {
                  // Move focus into the field, as GOV.UK's own error summary does.
                  if (focusField(fieldIdFor(error.property))) event.preventDefault();
                }}
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
