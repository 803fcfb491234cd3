/**
 * The banner about what the user just did (a draft downloaded, a file opened or refused,
 * the form cleared): GOV.UK's error summary for a failure, its notification banner
 * otherwise. It takes focus when it appears, so a screen reader reads it out. Not printed:
 * it is not part of the record.
 */
import { useEffect, useRef } from "react";

export interface FormNotice {
  readonly kind: "error" | "success" | "info";
  readonly text: string;
  /** An error's heading; "The file could not be opened" unless said. */
  readonly title?: string;
  /** Lines listed under the text (what changed between revisions). */
  readonly details?: readonly string[];
}

export function FormMessage({ message }: { readonly message: FormNotice }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [message]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={`${message.kind === "error" ? "govuk-error-summary" : "govuk-notification-banner"} app-no-print`}
      role={message.kind === "error" ? "alert" : "status"}
      aria-labelledby="form-message-title"
      data-testid="form-message"
    >
      {message.kind === "error" ? (
        <>
          <h2 className="govuk-error-summary__title" id="form-message-title">
            {message.title ?? "The file could not be opened"}
          </h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{message.text}</p>
          </div>
        </>
      ) : (
        <>
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="form-message-title">
              {message.kind === "success" ? "Done" : "Important"}
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-body">{message.text}</p>
            {message.details && message.details.length > 0 && (
              <ul className="govuk-list govuk-list--bullet" data-testid="revision-changes">
                {message.details.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </div>
        </>
      )}
    </div>
  );
}
