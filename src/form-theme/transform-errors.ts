import type { RJSFSchema, RJSFValidationError, UiSchema } from "@rjsf/utils";

/** The schema node at rjsf's error property (".stages.0.dateRaised"). */
function schemaAt(root: RJSFSchema, property: string | undefined): RJSFSchema | undefined {
  let node: RJSFSchema | undefined = root;
  for (const part of (property ?? "").split(".").filter(Boolean)) {
    if (!node) return undefined;
    if (/^\d+$/.test(part)) node = (node.items as RJSFSchema | undefined) ?? undefined;
    else node = (node.properties?.[part] as RJSFSchema | undefined) ?? undefined;
  }
  return node;
}

/** The uiSchema node at the same property; array items live under "items". */
function uiAt(root: UiSchema | undefined, property: string | undefined): UiSchema | undefined {
  let node: UiSchema | undefined = root;
  for (const part of (property ?? "").split(".").filter(Boolean))
    node = node?.[/^\d+$/.test(part) ? "items" : part] as UiSchema | undefined;
  return node;
}

const lowerFirst = (title: string) => title.charAt(0).toLowerCase() + title.slice(1);

/**
 * ajv's messages ("must have required property 'name'") rewritten in GOV.UK's style:
 * "Enter …" for text, "Select …" for choices, with the field's own title.
 */
export function transformErrors(errors: RJSFValidationError[], schema: RJSFSchema, uiSchema?: UiSchema): RJSFValidationError[] {
  return errors
    .filter((e) => e.name !== "if" && e.name !== "oneOf" && e.name !== "anyOf")
    .map((error) => {
      const node = schemaAt(schema, error.property);
      const title = node?.title ?? "this answer";
      // Two fields both called "Name" need telling apart in the summary: the generator
      // gives such fields an errorLabel ("the name of the person raising the concern").
      const errorLabel = (uiAt(uiSchema, error.property)?.["ui:options"] as { errorLabel?: string } | undefined)?.errorLabel;
      const lower = (text: string) => errorLabel ?? lowerFirst(text);
      // At the start of a message: the label with a capital, or the title.
      const named = errorLabel ? errorLabel.charAt(0).toUpperCase() + errorLabel.slice(1) : title;
      const isChoice = Boolean(node?.oneOf || node?.enum || node?.type === "array" || node?.type === "boolean");
      let message = error.message;
      switch (error.name) {
        case "required":
          message = node?.format === "date" ? `Enter the ${lower(title)}` : isChoice ? `Select ${lower(title)}` : `Enter ${lower(title)}`;
          break;
        case "minItems":
          message =
            node?.type === "array" && node.items && (node.items as RJSFSchema).oneOf
              ? `Select ${lower(title)}`
              : `Add at least one ${lower(title).replace(/s$/, "")}`;
          break;
        case "minLength":
          message = `Enter ${lower(title)}`;
          break;
        case "maxLength":
          message = `${named} must be ${String((error.params as { limit?: number }).limit)} characters or fewer`;
          break;
        case "format":
          message = `${named} must be a real date`;
          break;
        case "pattern":
          message = `${named} must be a time like 14:30`;
          break;
        case "const":
        case "enum":
          message = `Select ${lower(title)} from the list`;
          break;
      }
      // Each item of a list asks the same questions: say which item an error is in, by the
      // items' own title ("stage record 2").
      const item = /^\.([^.]+)\.(\d+)\./.exec(error.property ?? "");
      const items = item
        ? (uiSchema as Record<string, { items?: { "ui:options"?: { itemTitle?: string } } } | undefined>)[item[1]!]
        : undefined;
      const itemTitle = items?.items?.["ui:options"]?.itemTitle;
      if (item && itemTitle) message = `${message} (${itemTitle.toLowerCase()} ${Number(item[2]) + 1})`;
      return { ...error, message, stack: `${title}: ${message}` };
    });
}
