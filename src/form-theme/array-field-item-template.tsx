import type { ArrayFieldItemTemplateProps } from "@rjsf/utils";

export function ArrayFieldItemTemplate(props: ArrayFieldItemTemplateProps) {
  const { children, index, buttonsProps, registry } = props;
  const guide = (registry.formContext as { stageGuides?: (readonly string[] | undefined)[] } | undefined)?.stageGuides?.[index];
  return (
    // A fieldset per record: the second record's "Stage" and "Date raised" are told apart
    // from the first's by the legend screen readers announce with them.
    <fieldset className="govuk-fieldset app-array-item">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
        <h3 className="govuk-fieldset__heading">Stage record {index + 1}</h3>
      </legend>
      {guide && (
        <div className="govuk-inset-text app-stage-guide" data-testid={`stage-guide-${index}`}>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">What the policy says for this stage</p>
          <ul className="govuk-list">
            {guide.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {children}
      {buttonsProps.hasRemove && (
        <button
          type="button"
          className="govuk-button govuk-button--warning govuk-!-margin-bottom-6"
          onClick={buttonsProps.onRemoveItem}
          data-remove-item
          disabled={buttonsProps.disabled || buttonsProps.readonly}
        >
          Remove stage record {index + 1}
        </button>
      )}
    </fieldset>
  );
}
