/**
 * What the policy says must also happen for a child like this one (tell the IRO of a child
 * looked after, say), shown as soon as the child's status makes it apply.
 */
import type { NotifyCondition } from "./derive-form-view.ts";

export function PolicyNotices({ notices }: { readonly notices: readonly NotifyCondition[] }) {
  return (
    <>
      {notices.map((n) => (
        <div className="govuk-inset-text" key={n.id} role="status" data-testid={`notice-${n.id}`}>
          <h2 className="govuk-heading-s">{n.title}</h2>
          <p className="govuk-body">{n.description}</p>
          {n.address && (
            <p className="govuk-body">
              Send it to <strong>{n.address}</strong>.
            </p>
          )}
        </div>
      ))}
    </>
  );
}
