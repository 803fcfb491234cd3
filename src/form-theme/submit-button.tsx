import type { SubmitButtonProps } from "@rjsf/utils";
import { getSubmitButtonOptions } from "@rjsf/utils";

export function SubmitButton({ uiSchema }: SubmitButtonProps) {
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
