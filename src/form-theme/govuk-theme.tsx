/**
 * An rjsf theme that emits GOV.UK Frontend markup: form groups, labels, hints, error
 * messages, fieldsets with legends, radios, checkboxes, date inputs, textareas with a
 * character count, and an error summary that takes focus and links to each field.
 * Styled by the site's govuk-frontend stylesheet; no GOV.UK JavaScript is needed.
 */
import type { ThemeProps } from "@rjsf/core";
import { GovukDateWidget } from "./govuk-date-widget.tsx";
import { FieldTemplate } from "./field-template.tsx";
import { BaseInputTemplate } from "./base-input-template.tsx";
import { TextareaWidget } from "./textarea-widget.tsx";
import { RadioWidget } from "./radio-widget.tsx";
import { CheckboxesWidget } from "./checkboxes-widget.tsx";
import { CheckboxWidget } from "./checkbox-widget.tsx";
import { SelectWidget } from "./select-widget.tsx";
import { ObjectFieldTemplate } from "./object-field-template.tsx";
import { ArrayFieldTemplate } from "./array-field-template.tsx";
import { ArrayFieldItemTemplate } from "./array-field-item-template.tsx";
import { ErrorListTemplate } from "./error-list-template.tsx";
import { SubmitButton } from "./submit-button.tsx";

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
