/**
 * The stop shown when the screening answer says the concern is an emergency: this form is
 * not the way, and the policy's emergency route is, step by step. Drawn right below the
 * question that stops the form, where the user's eyes are.
 */
import type { FormRuntime } from "../generators/generate-form-runtime.ts";

export type EmergencyRoute = NonNullable<FormRuntime["emergency"]>;

export function EmergencyStop({ emergency }: { readonly emergency: EmergencyRoute }) {
  return (
    <div className="govuk-warning-text app-emergency" role="alert">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        <h2 className="govuk-heading-m">Stop: follow the emergency route now</h2>
        <p className="govuk-body">
          <strong>{emergency.title}.</strong> {emergency.when} Do not use this form for this concern. Instead:
        </p>
        <ol className="govuk-list govuk-list--number" data-testid="emergency-instead">
          {emergency.instead.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
        <p className="govuk-body">
          <a className="govuk-link" href={emergency.procedureLink}>
            Read {emergency.title} in the full procedure
          </a>
        </p>
      </div>
    </div>
  );
}
