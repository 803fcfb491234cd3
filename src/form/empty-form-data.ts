import type { RJSFSchema } from "@rjsf/utils";

/**
 * A blank record shaped like the form: an empty object for every required section and
 * one empty stage record. Without the sections, a blank form would report "Enter about
 * the child" instead of the questions inside it that the user has to answer.
 */
export function emptyFormData(schema: RJSFSchema): Record<string, unknown> {
  const blank = (node: RJSFSchema): unknown => {
    if (node.type === "array") {
      // A list of records (stages) starts with one blank record; a list of choices starts empty.
      const items = node.items as RJSFSchema | undefined;
      return items?.type === "object" ? [blank(items)] : undefined;
    }
    if (node.type !== "object") return undefined;
    const result: Record<string, unknown> = {};
    for (const key of node.required ?? []) {
      const child = node.properties?.[key];
      const value = child && typeof child === "object" ? blank(child) : undefined;
      if (value !== undefined) result[key] = value;
    }
    return result;
  };
  return blank(schema) as Record<string, unknown>;
}
