import type { WidgetProps } from "@rjsf/utils";
import { ErrorMessage } from "./error-message.tsx";

export function CheckboxWidget(props: WidgetProps) {
  const { id, value, onChange, label, rawErrors = [], disabled, readonly, schema } = props;
  return (
    <div className="govuk-checkboxes govuk-checkboxes--small">
      <ErrorMessage id={id} errors={rawErrors} />
      <div className="govuk-checkboxes__item">
        <input
          className="govuk-checkboxes__input"
          id={id}
          name={id}
          type="checkbox"
          checked={value === true}
          disabled={disabled || readonly}
          aria-describedby={schema.description ? `${id}-hint` : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
          {label}
        </label>
        {schema.description && (
          <div className="govuk-hint govuk-checkboxes__hint" id={`${id}-hint`}>
            {schema.description}
          </div>
        )}
      </div>
    </div>
  );
}
