export function Legend({ id, label, required, description }: { id: string; label: string; required?: boolean; description?: string }) {
  return (
    <>
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
        {label}
        {!required && " (optional)"}
      </legend>
      {description && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {description}
        </div>
      )}
    </>
  );
}
