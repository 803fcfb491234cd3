/**
 * What printing the form gives: the answers as a record, in the sections the PDF and the
 * check-answers page use, not empty boxes and buttons. Shown only on paper.
 */
import type { AnswerSection } from "./describe-answers.ts";
import { usePrintedAt } from "./hooks/use-printed-at.ts";

export interface PrintRecordProps {
  readonly sections: readonly AnswerSection[];
  readonly meta: { readonly title: string; readonly areaName: string; readonly version: string; readonly revisionId: string };
}

export function PrintRecord({ sections, meta }: PrintRecordProps) {
  const printedAt = usePrintedAt();
  return (
    <div className="app-print-only app-print-record">
      <h2 className="govuk-heading-m">Record as filled in</h2>
      <p className="govuk-body-s">
        {meta.areaName}: {meta.title}.{printedAt && ` Printed ${printedAt}.`} Policy version {meta.version} (revision {meta.revisionId}).
      </p>
      {sections.map((section) => (
        <section key={section.heading}>
          <h3 className="govuk-heading-s">{section.heading}</h3>
          <dl className="govuk-summary-list">
            {section.lines.map((line) => (
              <div className="govuk-summary-list__row" key={line.label}>
                <dt className="govuk-summary-list__key">{line.label}</dt>
                <dd className="govuk-summary-list__value">{line.value || "(not answered)"}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
