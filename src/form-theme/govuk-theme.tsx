/**
 * An rjsf theme that emits GOV.UK Frontend markup: form groups, labels, hints, error
 * messages, fieldsets with legends, radios, checkboxes, date inputs, textareas with a
 * character count, and an error summary that takes focus and links to each field.
 * Styled by the site's govuk-frontend stylesheet; no GOV.UK JavaScript is needed.
 */
import type {
  ArrayFieldItemTemplateProps,
  ArrayFieldTemplateProps,
  BaseInputTemplateProps,
  ErrorListProps,
  FieldTemplateProps,
  ObjectFieldTemplateProps,
  RJSFSchema,
  SubmitButtonProps,
  WidgetProps,
} from "@rjsf/utils";
import { getSubmitButtonOptions } from "@rjsf/utils";
import type { ThemeProps } from "@rjsf/core";
import { useEffect, useRef } from "react";
import { GovukDateWidget } from "./govuk-date-widget.tsx";
import { OmittedField } from "./omitted-field.tsx";
import { categoryApplies, type CategoryRaisers } from "../form/category-applies.ts";

/** rjsf's error `property` (".stages.0.dateRaised") -> the id of that field's input. */
export function fieldIdFor(property: string | undefined): string {
  return `root${(property ?? "")
    .replace(/\./g, "_")
    .replace(/\[(\d+)\]/g, "_$1")
    .replace(/\['([^']+)'\]/g, "_$1")}`;
}

const ownFieldset = (schema: RJSFSchema, uiSchema: Record<string, unknown> | undefined) => {
  const widget = uiSchema?.["ui:widget"];
  return widget === "radio" || widget === "checkboxes" || widget === "govukDate" || schema.type === "boolean";
};

function FieldTemplate(props: FieldTemplateProps) {
  const { id, label, children, rawErrors = [], rawDescription, schema, uiSchema, required, hidden, displayLabel } = props;
  if (hidden) return <div className="govuk-visually-hidden">{children}</div>;
  // Not shown now: no hint or label left behind without its question.
  if (uiSchema?.["ui:field"] === OmittedField) return null;
  if (schema.type === "object" || (schema.type === "array" && !(uiSchema?.["ui:widget"] === "checkboxes"))) return <>{children}</>;
  const hasError = rawErrors.length > 0;
  const groupClass = `govuk-form-group${hasError ? " govuk-form-group--error" : ""}`;
  if (ownFieldset(schema, uiSchema as Record<string, unknown>)) return <div className={groupClass}>{children}</div>;
  const help = typeof uiSchema?.["ui:help"] === "string" ? (uiSchema["ui:help"] as string) : undefined;
  const hint = [rawDescription, help].filter(Boolean).join(" ");
  return (
    <div className={groupClass}>
      {displayLabel && (
        <label className="govuk-label govuk-label--s" htmlFor={id}>
          {label}
          {!required && !schema.readOnly && " (optional)"}
        </label>
      )}
      {hint && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {hasError && (
        <p className="govuk-error-message" id={`${id}-error`}>
          <span className="govuk-visually-hidden">Error:</span> {rawErrors[0]}
        </p>
      )}
      {children}
    </div>
  );
}

function describedBy(id: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = [hasHint ? `${id}-hint` : "", hasError ? `${id}-error` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

function BaseInputTemplate(props: BaseInputTemplateProps) {
  const { id, value, onChange, onBlur, onFocus, disabled, readonly, rawErrors = [], schema, uiSchema, type, autofocus, registry } = props;
  const hasError = rawErrors.length > 0;
  const hasHint = Boolean(schema.description || uiSchema?.["ui:help"]);
  if (readonly || schema.readOnly) {
    return (
      <p className="govuk-body govuk-!-font-weight-bold app-readonly-value" id={id} aria-describedby={describedBy(id, hasHint, false)}>
        {value ||
          (registry.formContext as { readonlyEmptyText?: (id: string) => string | undefined } | undefined)?.readonlyEmptyText?.(id) ||
          "Worked out when the stage and date are filled in"}
      </p>
    );
  }
  return (
    <input
      className={`govuk-input${hasError ? " govuk-input--error" : ""}`}
      id={id}
      name={id}
      type={type === "text" || !type ? "text" : type}
      value={value ?? ""}
      autoFocus={autofocus}
      disabled={disabled}
      spellCheck={false}
      aria-describedby={describedBy(id, hasHint, hasError)}
      onChange={(event) => onChange(event.target.value === "" ? undefined : event.target.value)}
      onBlur={(event) => onBlur(id, event.target.value)}
      onFocus={(event) => onFocus(id, event.target.value)}
    />
  );
}

function TextareaWidget(props: WidgetProps) {
  const { id, value, onChange, onBlur, onFocus, disabled, readonly, rawErrors = [], schema, options } = props;
  const hasError = rawErrors.length > 0;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : undefined;
  const length = typeof value === "string" ? value.length : 0;
  const over = max !== undefined && length > max;
  return (
    <>
      <textarea
        className={`govuk-textarea${hasError || over ? " govuk-textarea--error" : ""}`}
        id={id}
        name={id}
        rows={typeof options.rows === "number" ? options.rows : 5}
        value={value ?? ""}
        disabled={disabled || readonly}
        aria-describedby={
          [describedBy(id, Boolean(schema.description), hasError), max ? `${id}-count` : ""].filter(Boolean).join(" ") || undefined
        }
        onChange={(event) => onChange(event.target.value === "" ? undefined : event.target.value)}
        onBlur={(event) => onBlur(id, event.target.value)}
        onFocus={(event) => onFocus(id, event.target.value)}
      />
      {max !== undefined && (
        <div
          id={`${id}-count`}
          className={`govuk-hint govuk-character-count__message${over ? " govuk-error-message" : ""}`}
          aria-live="polite"
        >
          {over ? `You have ${length - max} characters too many` : `You have ${max - length} characters remaining`}
        </div>
      )}
    </>
  );
}

function Legend({ id, label, required, description }: { id: string; label: string; required?: boolean; description?: string }) {
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

function ErrorMessage({ id, errors }: { id: string; errors: string[] }) {
  return errors.length > 0 ? (
    <p className="govuk-error-message" id={`${id}-error`}>
      <span className="govuk-visually-hidden">Error:</span> {errors[0]}
    </p>
  ) : null;
}

function RadioWidget(props: WidgetProps) {
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

function CheckboxesWidget(props: WidgetProps) {
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

function CheckboxWidget(props: WidgetProps) {
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

function SelectWidget(props: WidgetProps) {
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

function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const { title, description, properties, fieldPathId, uiSchema, formData } = props;
  const isRoot = fieldPathId.$id === "root";
  // "showWhen": { bypassReasons: "bypass" } shows a question only once its checkbox is ticked.
  const showWhen = (uiSchema?.["ui:options"] as { showWhen?: Record<string, string> } | undefined)?.showWhen ?? {};
  const values = (formData ?? {}) as Record<string, unknown>;
  const content = properties
    .filter((p) => !p.hidden && (showWhen[p.name] === undefined || Boolean(values[showWhen[p.name]!])))
    .map((p) => <div key={p.name}>{p.content}</div>);
  if (isRoot) return <>{content}</>;
  // A stage record already has its own heading ("Stage record 1") from the list.
  if (/_\d+$/.test(fieldPathId.$id)) return <>{content}</>;
  return (
    <fieldset className="govuk-fieldset app-form-section" id={fieldPathId.$id}>
      {title && <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{title}</legend>}
      {typeof description === "string" && description && <div className="govuk-hint">{description}</div>}
      {content}
    </fieldset>
  );
}

/**
 * After "Add another", focus moves to the new item's first question (it would otherwise
 * stay on the button, now below the new item, many Tab presses away from it); after
 * "Remove", whose button is gone, to the add button.
 */
function useItemFocus(count: number) {
  const container = useRef<HTMLFieldSetElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const pending = useRef<"added" | "removed" | null>(null);
  useEffect(() => {
    const what = pending.current;
    pending.current = null;
    if (what === "added") {
      const items = container.current?.querySelectorAll<HTMLElement>(".app-array-item");
      items?.[items.length - 1]?.querySelector<HTMLElement>("input, select, textarea")?.focus();
    } else if (what === "removed") addButton.current?.focus();
  }, [count]);
  return { container, addButton, willAdd: () => (pending.current = "added"), willRemove: () => (pending.current = "removed") };
}

function ArrayFieldTemplate(props: ArrayFieldTemplateProps) {
  const { title, items, canAdd, onAddClick, fieldPathId, uiSchema, rawErrors = [] } = props;
  const addText = (uiSchema?.["ui:options"] as { addText?: string } | undefined)?.addText ?? "Add another";
  const focus = useItemFocus(items.length);
  return (
    <fieldset
      className="govuk-fieldset app-form-section"
      id={fieldPathId.$id}
      ref={focus.container}
      // A remove button's click reaches here first: the focus has somewhere to go once it is gone.
      onClickCapture={(event) => {
        if ((event.target as HTMLElement).closest("[data-remove-item]")) focus.willRemove();
      }}
    >
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{title}</legend>
      <ErrorMessage id={fieldPathId.$id} errors={rawErrors} />
      {items}
      {canAdd && (
        <button
          type="button"
          ref={focus.addButton}
          className="govuk-button govuk-button--secondary"
          onClick={(event) => {
            focus.willAdd();
            onAddClick(event);
          }}
        >
          {addText}
        </button>
      )}
    </fieldset>
  );
}

function ArrayFieldItemTemplate(props: ArrayFieldItemTemplateProps) {
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

/** The GOV.UK error summary: shown above the form, focused when it appears, each error linking to its field. */
function ErrorListTemplate({ errors }: ErrorListProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [errors]);
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 className="govuk-error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <div className="govuk-error-summary__body">
        <ul className="govuk-list govuk-error-summary__list">
          {errors.map((error, i) => (
            <li key={i}>
              <a
                href={`#${fieldIdFor(error.property)}`}
                onClick={(event) => {
                  // Move focus into the field, as GOV.UK's own error summary does.
                  const target = document.getElementById(fieldIdFor(error.property));
                  if (target) {
                    event.preventDefault();
                    target.scrollIntoView({ block: "center" });
                    target.focus();
                  }
                }}
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function SubmitButton({ uiSchema }: SubmitButtonProps) {
  const options = getSubmitButtonOptions(uiSchema);
  // Hidden when there is nothing to submit (a form can stop itself).
  if (options.norender) return null;
  return (
    <button type="submit" className="govuk-button" data-module="govuk-button">
      {/* rjsf's own default is "Submit"; GOV.UK's is "Continue". */}
      {options.submitText && options.submitText !== "Submit" ? options.submitText : "Continue"}
    </button>
  );
}

export const govukTheme: ThemeProps = {
  templates: {
    FieldTemplate,
    BaseInputTemplate,
    ObjectFieldTemplate,
    ArrayFieldTemplate,
    ArrayFieldItemTemplate,
    ErrorListTemplate,
    TitleFieldTemplate: () => null,
    DescriptionFieldTemplate: () => null,
    ButtonTemplates: { SubmitButton },
  },
  widgets: {
    TextareaWidget,
    RadioWidget,
    CheckboxesWidget,
    CheckboxWidget,
    SelectWidget,
    govukDate: GovukDateWidget,
  },
};
