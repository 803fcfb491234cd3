/**
 * Every stage record's respond-by date in one place, above the form, each with how it was
 * counted and, once overdue, what the policy says a missing reply leads to. Not a live
 * region: it would announce on every keystroke. Each record's own read-only "Respond by"
 * field carries the same date beside its inputs. Not printed: the printed record gives each
 * date and how it was counted under its own stage.
 */
import { formatDue, type StageDue } from "./form-due-dates.ts";

export function DueDatesPanel({ dues }: { readonly dues: readonly StageDue[] }) {
  return (
    <div className="app-due-dates app-no-print">
      <h2 className="govuk-heading-m">Respond-by dates</h2>
      <ul className="govuk-list">
        {dues.map((d) => (
          <li key={d.index} data-testid={`due-${d.index}`}>
            Stage record {d.index + 1}:{" "}
            {d.due ? (
              <>
                {d.label ? `${d.label} ` : ""}
                <strong>{formatDue(d.due)}</strong>
              </>
            ) : (
              d.reason
            )}
            {d.overdue && (
              <>
                {" "}
                <strong className="govuk-tag govuk-tag--red">Overdue</strong>
                {d.ifNoReply && <span className="govuk-body-s"> {d.ifNoReply}</span>}
              </>
            )}
            {d.due && d.note && <span className="govuk-body-s app-due-line">{d.note}</span>}
            {d.explanation && (
              <span className="govuk-body-s app-due-line" data-testid={`due-why-${d.index}`}>
                How it was counted: {d.explanation}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
