import type { WidgetProps } from "@rjsf/utils";
import { describedBy } from "./described-by.ts";
import { Legend } from "./legend.tsx";
import { ErrorMessage } from "./error-message.tsx";

/** GOV.UK radios: inline when there are two short options, as GOV.UK does for yes and no. */
export function RadioWidget(props: WidgetProps) {
  const { id, value, onChange, options, label, required, schema, rawErrors = [], disabled, readonly } = props;
  const enumOptions = options.enumOptions ?? [];
  const hint = schema.description || undefined;
  return (
    <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, Boolean(hint), rawErrors.length > 0)}>
      <Legend id={id} label={label} required={required} description={hint} />
      <ErrorMessage id={id} errors={rawErrors} />
      <div
        className={`govuk-radios${enumOptions.length <= 2 && enumOptions.every((o) => String(o.label).length < 12) ? " govuk-radios--inline" : ""}`}
      >
        {enumOptions.map((option, index) => (
          <div className="govuk-radios__item" key={String(option.value)}>
            <input
              className="govuk-radios__input"
              id={index === 0 ? id : `${id}-${index}`}
              name={id}
              type="radio"
              value={String(option.value)}
              checked={value === option.value}
              disabled={disabled || readonly}
              onChange={() => onChange(option.value)}
            />
            <label className="govuk-label govuk-radios__label" htmlFor={index === 0 ? id : `${id}-${index}`}>
              {option.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
