import type { ObjectFieldTemplateProps } from "@rjsf/utils";

export function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
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
