/**
 * If drawing the form ever fails, the answers typed so far must not vanish with it: this
 * boundary replaces the form with a message that says what happened, lets the user
 * download what they typed as a draft, and can draw the form again from those answers.
 * Nothing about the failure is sent anywhere.
 */
import { Component, createRef, type ReactNode } from "react";

interface Props {
  readonly children: ReactNode;
  /** Downloads the answers as they were before the failure. */
  readonly onSaveDraft: () => void;
  /** Draws the form again from the answers kept. */
  readonly onRetry: () => void;
}

export class FormErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };
  private readonly summary = createRef<HTMLDivElement>();

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidUpdate() {
    if (this.state.failed) this.summary.current?.focus();
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div
        ref={this.summary}
        className="govuk-error-summary"
        role="alert"
        tabIndex={-1}
        aria-labelledby="form-failed-title"
        data-testid="form-failed"
      >
        <h2 className="govuk-error-summary__title" id="form-failed-title">
          Something went wrong showing the form
        </h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">
            Your answers have been kept in this page. Download them as a draft so they are safe, then show the form again. If it fails
            again, reload the page and open the draft.
          </p>
          <button type="button" className="govuk-button" onClick={this.props.onSaveDraft}>
            Download your answers (JSON)
          </button>{" "}
          <button type="button" className="govuk-button govuk-button--secondary" onClick={this.props.onRetry}>
            Show the form again
          </button>
        </div>
      </div>
    );
  }
}
