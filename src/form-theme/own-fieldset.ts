import type { RJSFSchema } from "@rjsf/utils";

export const ownFieldset = (schema: RJSFSchema, uiSchema: Record<string, unknown> | undefined) => {
  const widget = uiSchema?.["ui:widget"];
  return widget === "radio" || widget === "checkboxes" || widget === "govukDate" || schema.type === "boolean";
};
