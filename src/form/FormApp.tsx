/**
 * The escalation form island: rjsf with the GOV.UK theme, precompiled validators,
 * live respond-by dates, policy conditions, save/open as a file, PDF and print.
 * Private by design: nothing is stored in the browser and nothing is sent anywhere.
 *
 * What to show is worked out by pure functions (deriveFormView, deriveDueDates,
 * recordSections, fillWorkedAnswers); this file holds the answers and lays out the parts.
 */
import Form from "@rjsf/core";
import type { IChangeEvent } from "@rjsf/core";
import type { RJSFSchema, UiSchema } from "@rjsf/utils";
import { useEffect, useRef, useState } from "react";
import { localToday } from "../dates/local-today.ts";
import { formRecordPaths } from "../generators/form-record-paths.ts";
import { focusField } from "../form-theme/focus-field.ts";
import { govukTheme } from "../form-theme/govuk-theme.tsx";
import { transformErrors } from "../form-theme/transform-errors.ts";
import { CategoryRadioWidget } from "./category-radio-widget.tsx";
import { CheckAnswers, fieldIdOf } from "./check-answers.tsx";
import { deriveDueDates } from "./derive-due-dates.ts";
import { deriveFormView, type NotifyCondition } from "./derive-form-view.ts";
import { DueDatesPanel } from "./due-dates-panel.tsx";
import { EmergencyStop, type EmergencyRoute } from "./emergency-stop.tsx";
import { emptyFormData } from "./empty-form-data.ts";
import { fillWorkedAnswers } from "./fill-worked-answers.ts";
import { FormActions } from "./form-actions.tsx";
import type { DaysCount, StageRecord, StageTimescale } from "./form-due-dates.ts";
import { FormErrorBoundary } from "./form-error-boundary.tsx";
import type { FormFileMeta } from "./form-file.ts";
import { FormMessage, type FormNotice } from "./form-message.tsx";
import { useLeaveWarning } from "./hooks/use-leave-warning.ts";
import { usePdfMaker } from "./hooks/use-pdf-maker.ts";
import { useValidator } from "./hooks/use-validator.ts";
import { keepFocus } from "./keep-focus.ts";
import { openDraft, unreadableDraft, type OtherRevision } from "./open-draft.ts";
import { PolicyNotices } from "./policy-notices.tsx";
import { PrintRecord } from "./print-record.tsx";
import { recordSections } from "./record-sections.ts";
import { saveDraft } from "./save-draft.ts";
import { saveRecordPdf } from "./save-record-pdf.ts";
import type { SideActionRule } from "./side-action-applies.ts";
import { stageFromQuery, startAtStage } from "./stage-from-query.ts";
import { stageGuide } from "./stage-guide.ts";
import { StageRecordTemplate } from "./stage-record-template.tsx";
import { startAtEntryPoint } from "./start-at-entry-point.ts";

export interface FormAppProps {
  readonly schema: RJSFSchema;
  readonly uiSchema: UiSchema;
  readonly meta: FormFileMeta & { readonly title: string; readonly areaName: string; readonly version: string };
  readonly validatorUrl: string;
  readonly timescales: Readonly<Record<string, StageTimescale>>;
  /** What the policy says about each stage (by stage id), shown in a stage record once chosen. */
  readonly stageGuides: Readonly<Record<string, readonly string[]>>;
  /** Other revisions of this policy (by revision id): their version and what changed from them to this one. */
  readonly otherRevisions: Readonly<Record<string, OtherRevision>>;
  /** Bank holidays per nation (YYYY-MM-DD to the holiday's name), embedded at build time. */
  readonly bankHolidays: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly jurisdiction: string | null;
  readonly notify: readonly NotifyCondition[];
  /** Where and when each side action applies (by id); the form shows its questions only then. */
  readonly sideActionRules: Readonly<Record<string, SideActionRule>>;
  readonly emergency: EmergencyRoute | null;
  /** By stage id, then agency: whom that agency raises it with there. */
  readonly agencyGuides: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** By stage output id, the stage that produces it. */
  readonly outputStages: Readonly<Record<string, string>>;
  /** By entry point id, the stage it starts at. */
  readonly entryStages: Readonly<Record<string, string>>;
  /** Why no stage has a date, when the policy lists no stages. */
  readonly unlistedStages?: string;
}

type Data = Record<string, unknown> & {
  child?: { name?: string; reference?: string; status?: string[]; imminentSignificantHarm?: string; urgentRoute?: string };
  concern?: { category?: string; entryPoint?: string } & Record<string, unknown>;
  people?: { raiser?: { role?: string } };
  stages?: StageRecord[];
  sideActions?: Record<string, unknown>;
  bankHolidays?: string;
  daysCount?: DaysCount;
};

/**
 * The island: the form inside a boundary that keeps the answers if drawing it ever
 * fails. The answers are copied here on every change, before the form draws them, so
 * the boundary has the last answers even when those are what the form failed on.
 */
export default function FormApp(props: FormAppProps) {
  const latest = useRef<Data | null>(null);
  const [attempt, setAttempt] = useState(0);
  return (
    <FormErrorBoundary
      key={attempt}
      onSaveDraft={() => saveDraft(props.meta, latest.current ?? emptyFormData(props.schema))}
      onRetry={() => setAttempt((n) => n + 1)}
    >
      <EscalationForm {...props} initialData={latest.current} onData={(next) => (latest.current = next)} />
    </FormErrorBoundary>
  );
}

function EscalationForm(props: FormAppProps & { readonly initialData: Data | null; readonly onData: (data: Data) => void }) {
  const { schema, meta, emergency } = props;
  const { validator, loadError } = useValidator(props.validatorUrl, schema);
  const pdfMaker = usePdfMaker(validator !== null);
  const [data, setDataState] = useState<Data>(() => props.initialData ?? (emptyFormData(schema) as Data));
  const setData = (next: Data) => {
    props.onData(next);
    setDataState(next);
  };
  // An exception in an event handler would otherwise leave the form half-updated with no
  // word to the user; thrown again while drawing, it reaches the boundary.
  const [, setFailure] = useState<unknown>();
  const fail = (error: unknown) =>
    setFailure(() => {
      throw error;
    });
  const [unsaved, setUnsaved] = useState(props.initialData !== null);
  useLeaveWarning(unsaved);
  const [message, setMessage] = useState<FormNotice | null>(null);
  // A new form (opened from a file, or cleared) is drawn afresh, not patched.
  const [formKey, setFormKey] = useState(0);
  // "Check your answers": shown once the record passes its checks; `changing` is the answer
  // being changed from it, which the form's button then returns to.
  const [view, setView] = useState<"form" | "check">("form");
  const [changing, setChanging] = useState<string | null>(null);
  const [focusPath, setFocusPath] = useState<string | null>(null);

  const withWorkedAnswers = (next: Data): Data => fillWorkedAnswers(props, next, localToday());

  // A link from the chart (`?stage=…`) starts the first record at that stage. Read after
  // the first render, so the page the server drew and the one the browser draws agree.
  useEffect(() => {
    if (props.initialData) return;
    const stage = stageFromQuery(window.location.search, new Set(Object.keys(props.stageGuides)));
    if (stage) setData(withWorkedAnswers(startAtStage(data, stage)));
    // Only on load: later changes to the address are not the form's.
  }, []);

  const { jurisdiction, dues } = deriveDueDates(props, data, localToday());
  const { activeNotices, stopped, hiddenPaths, uiSchema } = deriveFormView(props, data, { changing: changing !== null });
  const sections = recordSections(schema, data, hiddenPaths, dues);
  // Why a record has no respond-by date yet, in the record itself as well as in the panel
  // above: by field id, as data, so rjsf redraws a record when its reason changes.
  const readonlyEmptyText = Object.fromEntries(
    dues.map((d) => [fieldIdOf(formRecordPaths.respondBy(d.index)), d.reason ?? "Worked out when the stage and date are filled in"]),
  );

  const saveJson = () => {
    saveDraft(meta, data);
    setUnsaved(false);
    setMessage({ kind: "success", text: "Draft downloaded. Open it here later to carry on; nothing was kept in this browser." });
  };

  const openFile = async (file: File) => {
    const opened = await openDraft(file, meta, schema, props.otherRevisions);
    if (opened.answers) {
      try {
        setData(withWorkedAnswers(opened.answers as Data));
      } catch {
        setMessage(unreadableDraft);
        return;
      }
      setFormKey((k) => k + 1);
      setUnsaved(false);
    }
    setMessage(opened.message);
  };

  const savePdf = async () => {
    try {
      await saveRecordPdf(await pdfMaker(), meta, data.child, sections);
    } catch {
      setMessage({
        kind: "error",
        title: "The PDF could not be made",
        text: "Your answers are still here. Use Print and choose to save as PDF, or download the draft (JSON).",
      });
    }
  };

  const clear = () => {
    setData(emptyFormData(schema) as Data);
    setFormKey((k) => k + 1);
    setUnsaved(false);
    setMessage({ kind: "info", text: "The form has been cleared." });
  };

  const changeAnswer = (path: string) => {
    setView("form");
    setChanging(path);
    requestAnimationFrame(() => focusField(fieldIdOf(path)));
  };

  if (loadError) return <p className="govuk-error-message">{loadError}</p>;

  return (
    <div className="app-form">
      {message && <FormMessage message={message} />}
      <FormActions
        hidden={view === "check"}
        onSaveDraft={saveJson}
        onOpenDraft={(file) => void openFile(file)}
        onSavePdf={() => void savePdf()}
        onClear={clear}
      />
      <PolicyNotices notices={activeNotices} />
      {!jurisdiction && <p className="govuk-inset-text">Until you choose whose bank holidays apply, due dates skip weekends only.</p>}
      {!stopped && dues.length > 0 && <DueDatesPanel dues={dues} />}
      <PrintRecord sections={sections} meta={meta} />

      {view === "check" && (
        <CheckAnswers sections={sections} focusPath={focusPath} onChange={changeAnswer} onBack={() => setView("form")}>
          <p className="govuk-body">Your answers pass the form's checks. Download the record, or print it:</p>
          <div className="app-form-actions">
            <button type="button" className="govuk-button" onClick={() => void savePdf()}>
              Download record (PDF)
            </button>{" "}
            <button type="button" className="govuk-button govuk-button--secondary" onClick={saveJson}>
              Download draft (JSON)
            </button>{" "}
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => window.print()}>
              Print
            </button>
          </div>
        </CheckAnswers>
      )}

      {changing && view === "form" && (
        <div className="govuk-inset-text app-no-print" data-testid="changing-answer">
          Change your answer, then choose “Back to check your answers” at the end of the form.
        </div>
      )}

      {validator ? (
        // Kept while the answers are checked, only hidden, so nothing typed is lost.
        <div className="app-no-print" hidden={view === "check"}>
          <Form
            key={formKey}
            schema={schema}
            uiSchema={uiSchema}
            formData={data}
            validator={validator}
            formContext={{
              raiserRole: data.people?.raiser?.role,
              stageGuides: (data.stages ?? []).map((r) => stageGuide(props.stageGuides, props.agencyGuides, r)),
              readonlyEmptyText,
            }}
            templates={{ ...govukTheme.templates, ArrayFieldItemTemplate: StageRecordTemplate }}
            widgets={{ ...govukTheme.widgets, RadioWidget: CategoryRadioWidget }}
            // A question the form is not showing (an action or a stage's output once its stage
            // is no longer recorded) cannot hold up the record with an error the user cannot see.
            transformErrors={(errors) =>
              transformErrors(errors, schema, props.uiSchema).filter((e) => !isHiddenPath(hiddenPaths, e.property))
            }
            experimental_defaultFormStateBehavior={{ constAsDefaults: "never", emptyObjectFields: "skipDefaults" }}
            noHtml5Validate
            showErrorList="top"
            focusOnFirstError={false}
            onChange={(event: IChangeEvent<Data>) => {
              keepFocus();
              const next = startAtEntryPoint(data, event.formData ?? {}, props.entryStages);
              props.onData(next);
              setUnsaved(true);
              try {
                setData(withWorkedAnswers(next));
              } catch (error) {
                fail(error);
              }
            }}
            // Errors are shown in the summary; rjsf would otherwise also log them to the console.
            onError={() => undefined}
            onSubmit={() => {
              setFocusPath(changing);
              setChanging(null);
              setView("check");
            }}
          />
        </div>
      ) : (
        <p className="govuk-body">Loading the form…</p>
      )}

      {stopped && emergency && <EmergencyStop emergency={emergency} />}
    </div>
  );
}

/** Whether rjsf's error property (".stageOutputs.letter.date") is inside one of the hidden paths ("stageOutputs.letter"). */
function isHiddenPath(hidden: ReadonlySet<string>, property: string | undefined): boolean {
  const path = (property ?? "").replace(/^\./, "");
  for (const h of hidden) if (path === h || path.startsWith(`${h}.`)) return true;
  return false;
}
