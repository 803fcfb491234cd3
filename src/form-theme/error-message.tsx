export function ErrorMessage({ id, errors }: { id: string; errors: string[] }) {
  return errors.length > 0 ? (
    <p className="govuk-error-message" id={`${id}-error`}>
      <span className="govuk-visually-hidden">Error:</span> {errors[0]}
    </p>
  ) : null;
}
