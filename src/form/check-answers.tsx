/**
 * GOV.UK's "Check your answers" before the record is downloaded: every answer under its
 * section, each with a "Change" link back to its question. What the form worked out itself
 * (a respond-by date and how it was counted) is shown without one.
 */
import { useEffect, useRef, type ReactNode } from "react";
import type { AnswerSection } from "./describe-answers.ts";
import { fieldIdFor } from "../form-theme/field-id-for.ts";

/** rjsf's id for the field at a data path ("stages.0.dateRaised"), as the error summary finds it. */
export const fieldIdOf = (path: string) => fieldIdFor(`.${path}`);

export interface CheckAnswersProps {
  readonly sections: readonly AnswerSection[];
  /** The path whose Change link takes focus (the answer just changed), or the heading when none. */
  readonly focusPath: string | null;
  readonly onChange: (path: string) => void;
  readonly onBack: () => void;
  /** The ways to download or print, shown under the answers. */
  readonly children?: ReactNode;
}

export function CheckAnswers({ sections, focusPath, onChange, onBack, children }: CheckAnswersProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const link = focusPath ? document.querySelector<HTMLElement>(`[data-change-path="${CSS.escape(focusPath)}"]`) : null;
    (link ?? heading.current)?.focus();
  }, [focusPath]);
  return (
    // Not printed: the print view has its own record, without links.
    <div className="app-check-answers app-no-print" data-testid="check-answers">
      <h2 className="govuk-heading-l" tabIndex={-1} ref={heading}>
        Check your answers before you download the record
      </h2>
      {sections.map((section) => (
        <section key={section.heading} aria-label={section.heading}>
          <h3 className="govuk-heading-m">{section.heading}</h3>
          <dl className="govuk-summary-list">
            {section.lines.map((line) => (
              <div className="govuk-summary-list__row" key={`${line.path ?? ""}:${line.label}`}>
                <dt className="govuk-summary-list__key">{line.label}</dt>
                <dd className="govuk-summary-list__value">{line.value || "Not answered"}</dd>
                {line.path ? (
                  <dd className="govuk-summary-list__actions">
                    <a
                      className="govuk-link"
                      href={`#${fieldIdOf(line.path)}`}
                      data-change-path={line.path}
                      onClick={(event) => {
                        event.preventDefault();
                        onChange(line.path!);
                      }}
                    >
                      Change<span className="govuk-visually-hidden"> {line.label.toLowerCase()}</span>
                    </a>
                  </dd>
                ) : (
                  <dd className="govuk-summary-list__actions" />
                )}
              </div>
            ))}
          </dl>
        </section>
      ))}
      {children}
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onBack}>
        Back to the form
      </button>
    </div>
  );
}
