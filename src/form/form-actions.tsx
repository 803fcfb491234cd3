/**
 * The bar of buttons above the form: download or open a draft, download the PDF, print,
 * and clear. "Clear form" asks first, in place: the question names the group and takes
 * focus, and "Keep my answers" gives focus back to "Clear form", so a keyboard user is
 * never dropped at the top of the page.
 */
import { useEffect, useRef, useState } from "react";

export interface FormActionsProps {
  readonly hidden: boolean;
  readonly onSaveDraft: () => void;
  readonly onOpenDraft: (file: File) => void;
  readonly onSavePdf: () => void;
  readonly onClear: () => void;
}

export function FormActions({ hidden, onSaveDraft, onOpenDraft, onSavePdf, onClear }: FormActionsProps) {
  const [confirming, setConfirming] = useState(false);
  const clearButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const refocusClear = useRef(false);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (refocusClear.current) clearButton.current?.focus();
    refocusClear.current = false;
  }, [confirming]);
  return (
    <div className="app-form-actions app-no-print" hidden={hidden}>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onSaveDraft}>
        Download draft (JSON)
      </button>{" "}
      <input
        id="open-saved-form"
        className="govuk-visually-hidden app-file-input"
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Emptied at once, so choosing the same file again opens it again.
          event.target.value = "";
          if (file) onOpenDraft(file);
        }}
      />
      <label className="govuk-button govuk-button--secondary app-file-button" htmlFor="open-saved-form">
        Open a saved form
      </label>{" "}
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onSavePdf}>
        Download record (PDF)
      </button>{" "}
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => window.print()}>
        Print
      </button>{" "}
      {confirming ? (
        // The question is the group's name, read out as focus moves to its first button.
        <span className="app-confirm-clear" role="group" aria-labelledby="confirm-clear-question">
          <span className="govuk-body govuk-!-font-weight-bold app-confirm-clear__question" id="confirm-clear-question">
            Clear every answer on this page? This cannot be undone.
          </span>{" "}
          <button
            type="button"
            className="govuk-button govuk-button--warning"
            ref={confirmButton}
            onClick={() => {
              setConfirming(false);
              onClear();
            }}
          >
            Yes, clear every answer
          </button>{" "}
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => {
              refocusClear.current = true;
              setConfirming(false);
            }}
          >
            Keep my answers
          </button>
        </span>
      ) : (
        <button type="button" className="govuk-button govuk-button--warning" onClick={() => setConfirming(true)} ref={clearButton}>
          Clear form
        </button>
      )}
    </div>
  );
}
