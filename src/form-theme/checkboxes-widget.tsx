import type { WidgetProps } from "@rjsf/utils";
import { describedBy } from "./described-by.ts";
import { Legend } from "./legend.tsx";
import { ErrorMessage } from "./error-message.tsx";

export function CheckboxesWidget(props: WidgetProps) {
  const { id, value, onChange, options, label, required, schema, rawErrors = [], disabled, readonly } = props;
  const selected: unknown[] = Array.isArray(value) ? value : [];
  const enumOptions = options.enumOptions ?? [];
  const toggle = (option: unknown, on: boolean) => {
    const next = on ? [...selected, option] : selected.filter((v) => v !== option);
    // Keep the policy's order, whatever order the boxes were ticked in.
    onChange(enumOptions.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, Boolean(schema.description), rawErrors.length > 0)}>
      <Legend id={id} label={label} required={required} description={schema.description} />
      <ErrorMessage id={id} errors={rawErrors} />
      <div className="govuk-checkboxes govuk-checkboxes--small">
        {enumOptions.map((option, index) => (
          <div className="govuk-checkboxes__item" key={String(option.value)}>
            <input
              className="govuk-checkboxes__input"
              id={index === 0 ? id : `${id}-${index}`}
              name={id}
              type="checkbox"
              value={String(option.value)}
              checked={selected.includes(option.value)}
              disabled={disabled || readonly}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={index === 0 ? id : `${id}-${index}`}>
              {option.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
