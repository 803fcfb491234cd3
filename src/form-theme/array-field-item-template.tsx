import type { ArrayFieldItemTemplateProps } from "@rjsf/utils";

/**
 * One item of a list, as a fieldset with a numbered heading: the second item's questions
 * are told apart from the first's by the legend screen readers announce with them. The
 * heading's words are the items' `ui:options.itemTitle` ("Stage record 2").
 */
export function ArrayFieldItemTemplate(props: ArrayFieldItemTemplateProps) {
  const { children, index, buttonsProps, uiSchema } = props;
  const itemTitle = (uiSchema?.["ui:options"] as { itemTitle?: string } | undefined)?.itemTitle ?? "Item";
  const name = `${itemTitle} ${index + 1}`;
  return (
    <fieldset className="govuk-fieldset app-array-item">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
        <h3 className="govuk-fieldset__heading">{name}</h3>
      </legend>
      {children}
      {buttonsProps.hasRemove && (
        <button
          type="button"
          className="govuk-button govuk-button--warning govuk-!-margin-bottom-6"
          onClick={buttonsProps.onRemoveItem}
          data-remove-item
          disabled={buttonsProps.disabled || buttonsProps.readonly}
        >
          Remove {name.charAt(0).toLowerCase() + name.slice(1)}
        </button>
      )}
    </fieldset>
  );
}
