import type { ArrayFieldTemplateProps } from "@rjsf/utils";
import { useEffect, useRef } from "react";
import { ErrorMessage } from "./error-message.tsx";

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

export function ArrayFieldTemplate(props: ArrayFieldTemplateProps) {
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
