import type { WidgetProps } from "@rjsf/utils";
import { describedBy } from "./described-by.ts";

export function SelectWidget(props: WidgetProps) {
  const { id, value, onChange, options, rawErrors = [], disabled, readonly, schema } = props;
  return (
    <select
      className={`govuk-select${rawErrors.length > 0 ? " govuk-select--error" : ""}`}
      id={id}
      name={id}
      value={value ?? ""}
      disabled={disabled || readonly}
      aria-describedby={describedBy(id, Boolean(schema.description), rawErrors.length > 0)}
      onChange={(event) =>
        onChange(
          event.target.value === "" ? undefined : (options.enumOptions ?? []).find((o) => String(o.value) === event.target.value)?.value,
        )
      }
    >
      <option value="">Choose…</option>
      {(options.enumOptions ?? []).map((o) => (
        <option key={String(o.value)} value={String(o.value)}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
