/**
 * A stage record: the theme's list item, with what the policy says about the stage chosen
 * (who, how, what to send, the timescale) above its questions.
 */
import type { ArrayFieldItemTemplateProps } from "@rjsf/utils";
import { ArrayFieldItemTemplate } from "../form-theme/array-field-item-template.tsx";

export function StageRecordTemplate(props: ArrayFieldItemTemplateProps) {
  const guide = (props.registry.formContext as { stageGuides?: (readonly string[] | undefined)[] } | undefined)?.stageGuides?.[props.index];
  return (
    <ArrayFieldItemTemplate {...props}>
      {guide && (
        <div className="govuk-inset-text app-stage-guide" data-testid={`stage-guide-${props.index}`}>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">What the policy says for this stage</p>
          <ul className="govuk-list">
            {guide.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {props.children}
    </ArrayFieldItemTemplate>
  );
}
