import type { WidgetProps } from "@rjsf/utils";
import { describedBy } from "./described-by.ts";
import { Legend } from "./legend.tsx";
import { ErrorMessage } from "./error-message.tsx";
import { categoryApplies, type CategoryRaisers } from "../form/category-applies.ts";

export function RadioWidget(props: WidgetProps) {
  const { id, value, onChange, options, label, required, schema, rawErrors = [], disabled, readonly, registry } = props;
  // Categories of disagreement can belong to one raiser's list: offer only those that
  // apply to the role chosen for the person raising the concern.
  const raisers = options.categoryRaisers as CategoryRaisers | undefined;
  const raiserRole = (registry.formContext as { raiserRole?: string } | undefined)?.raiserRole;
  const enumOptions = (options.enumOptions ?? []).filter((o) => !raisers || categoryApplies(raisers, String(o.value), raiserRole));
  // Options titled "<list>: <category>" (several lists of categories) lose the list's name
  // when only one list is left on screen; it is said once, under the question, instead.
  const groups = options.categoryGroups as Record<string, string> | undefined;
  const shownGroups = new Set(
    enumOptions.flatMap((o) => (groups && Object.hasOwn(groups, String(o.value)) ? [groups[String(o.value)]!] : [])),
  );
  const oneGroup = shownGroups.size === 1 ? [...shownGroups][0]! : undefined;
  const optionLabel = (o: { value: unknown; label: string }) =>
    oneGroup && groups?.[String(o.value)] === oneGroup && o.label.startsWith(`${oneGroup}: `)
      ? o.label.slice(oneGroup.length + 2)
      : o.label;
  const hint = [schema.description, oneGroup && `From the policy's list "${oneGroup}".`].filter(Boolean).join(" ") || undefined;
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
              {optionLabel(option)}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
