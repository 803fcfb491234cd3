/**
 * The escalation form island: rjsf with the GOV.UK theme, precompiled validators,
 * live respond-by dates, policy conditions, save/open as a file, PDF and print.
 * Private by design: nothing is stored in the browser and nothing is sent anywhere.
 */
import Form from "@rjsf/core";
import type { IChangeEvent } from "@rjsf/core";
import type { RJSFSchema, UiSchema, ValidatorType } from "@rjsf/utils";
import createPrecompiledValidator from "@rjsf/validator-ajv8/lib/createPrecompiledValidator.js";
import { useEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { formatDue, computeStageDueDates, type DaysCount, type StageRecord, type StageTimescale } from "./form-due-dates.ts";
import { createFormFile, maxFormFileBytes, readFormFile, type FormFileMeta } from "./form-file.ts";
import { FormErrorBoundary } from "./form-error-boundary.tsx";
import { describeAnswers } from "./describe-answers.ts";
import { emptyFormData } from "./empty-form-data.ts";
import { categoryApplies, type CategoryRaisers } from "./category-applies.ts";
import type { SideActionRule } from "./side-action-applies.ts";
import { startAtEntryPoint } from "./start-at-entry-point.ts";
import { stageGuide } from "./stage-guide.ts";
import { stageFromQuery, startAtStage } from "./stage-from-query.ts";
import { govukTheme } from "../form-theme/govuk-theme.tsx";
import { transformErrors } from "../form-theme/transform-errors.ts";
import { deriveFormView, type NotifyCondition } from "./derive-form-view.ts";
import { CheckAnswers, fieldIdOf } from "./check-answers.tsx";
import { CategoryRadioWidget } from "./category-radio-widget.tsx";
import { StageRecordTemplate } from "./stage-record-template.tsx";
import type { FormRuntime } from "../generators/generate-form-runtime.ts";

export type EmergencyRoute = NonNullable<FormRuntime["emergency"]>;

export interface FormAppProps {
  readonly schema: RJSFSchema;
  readonly uiSchema: UiSchema;
  readonly meta: FormFileMeta & { readonly title: string; readonly areaName: string; readonly version: string };
  readonly validatorUrl: string;
  readonly timescales: Readonly<Record<string, StageTimescale>>;
  /** What the policy says about each stage (by stage id), shown in a stage record once chosen. */
  readonly stageGuides: Readonly<Record<string, readonly string[]>>;
  /** Other revisions of this policy (by revision id): their version and what changed from them to this one. */
  readonly otherRevisions: Readonly<Record<string, { readonly version: string; readonly changes: readonly string[] }>>;
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

const todayIso = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
};

function download(name: string, type: string, content: BlobPart) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Whether the stage record at "stages.N.bypassReasons" has its bypass box ticked. */
function bypassTicked(data: Data, path: string): boolean {
  const index = Number(path.split(".")[1]);
  return Boolean((data.stages?.[index] as { bypass?: boolean } | undefined)?.bypass);
}

/** Whether rjsf's error property (".stageOutputs.letter.date") is inside one of the hidden paths ("stageOutputs.letter"). */
function isHiddenPath(hidden: ReadonlySet<string>, property: string | undefined): boolean {
  const path = (property ?? "").replace(/^\./, "");
  for (const h of hidden) if (path === h || path.startsWith(`${h}.`)) return true;
  return false;
}

function saveDraft(meta: FormFileMeta, data: unknown) {
  const file = createFormFile(
    { areaId: meta.areaId, policyId: meta.policyId, revisionId: meta.revisionId, schemaVersion: meta.schemaVersion },
    data,
    new Date(),
  );
  download(`escalation-${meta.areaId}-${todayIso()}.json`, "application/json", `${JSON.stringify(file, null, 2)}\n`);
}

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
  const { schema, meta, timescales, notify, emergency } = props;
  const [validator, setValidator] = useState<ValidatorType | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [data, setDataState] = useState<Data>(() => props.initialData ?? (emptyFormData(schema) as Data));
  // An exception in an event handler would otherwise leave the form half-updated with no
  // word to the user; thrown again while drawing, it reaches the boundary.
  const [, setFailure] = useState<unknown>();
  const fail = (error: unknown) =>
    setFailure(() => {
      throw error;
    });
  const setData = (next: Data) => {
    props.onData(next);
    setDataState(next);
  };
  // A change that redraws part of the form (an answer that stops it, or brings questions
  // back) can replace the very field being answered, and focus then falls to the page. Once
  // every redraw is done (the next frame), the field's new copy, found by its id, gets focus
  // back, so a keyboard user carries on from where they were.
  const keepFocus = () => {
    const id = document.activeElement?.id;
    if (!id) return;
    requestAnimationFrame(() => {
      if (document.activeElement === document.body || document.activeElement === null) document.getElementById(id)?.focus();
    });
  };
  const [dirty, setDirty] = useState(props.initialData !== null);
  const [message, setMessage] = useState<{
    kind: "error" | "success" | "info";
    text: string;
    /** An error's heading; "The file could not be opened" unless said. */
    title?: string;
    details?: readonly string[];
  } | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  // "Check your answers": shown once the record passes its checks; `changing` is the answer
  // being changed from it, which the form's button then returns to.
  const [view, setView] = useState<"form" | "check">("form");
  const [changing, setChanging] = useState<string | null>(null);
  const [focusPath, setFocusPath] = useState<string | null>(null);
  const changeAnswer = (path: string) => {
    setView("form");
    setChanging(path);
    requestAnimationFrame(() => {
      const id = fieldIdOf(path);
      const field = document.getElementById(id) ?? document.querySelector<HTMLElement>(`[name="${CSS.escape(id)}"]`);
      field?.scrollIntoView({ block: "center" });
      field?.focus();
    });
  };
  const [formKey, setFormKey] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  // "Clear form" is replaced by its question and back: focus follows, instead of dropping to the page.
  const clearButton = useRef<HTMLButtonElement>(null);
  const confirmClearButton = useRef<HTMLButtonElement>(null);
  const refocusClear = useRef(false);
  useEffect(() => {
    if (confirmClear) confirmClearButton.current?.focus();
    else if (refocusClear.current) clearButton.current?.focus();
    refocusClear.current = false;
  }, [confirmClear]);
  const messageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    import(/* @vite-ignore */ props.validatorUrl)
      .then((module: { default: Record<string, unknown> }) =>
        setValidator(createPrecompiledValidator(module.default as never, schema) as ValidatorType),
      )
      .catch(() => setLoadError("The form's checks could not be loaded. Reload the page to try again."));
  }, [props.validatorUrl, schema]);

  // A link from the chart (`?stage=…`) starts the first record at that stage. Read after
  // the first render, so the page the server drew and the one the browser draws agree.
  useEffect(() => {
    if (props.initialData) return;
    const stage = stageFromQuery(window.location.search, new Set(Object.keys(props.stageGuides)));
    if (stage) setData(withDueDates(startAtStage(data, stage)));
    // Only on load: later changes to the address are not the form's.
  }, []);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  // The PDF maker is fetched once the form is ready, not when the button is pressed: the
  // page then needs no request after it has loaded, and the PDF works offline.
  const pdfModule = useRef<Promise<typeof import("./record-pdf.ts")> | null>(null);
  useEffect(() => {
    if (!validator || pdfModule.current) return;
    const load = () => {
      pdfModule.current = import("./record-pdf.ts");
      // A failed fetch is tried again when the button is pressed, and said then if it fails.
      pdfModule.current.catch(() => (pdfModule.current = null));
    };
    const idle = window.requestIdleCallback?.(load, { timeout: 2000 });
    if (idle === undefined) setTimeout(load, 0);
    return () => {
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, [validator]);

  // The time printed is set as printing starts (not while rendering, which would differ
  // from the server-rendered page); flushSync so it is on the page before it is laid out.
  const [printedAt, setPrintedAt] = useState("");
  useEffect(() => {
    const stamp = () => flushSync(() => setPrintedAt(new Date().toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short" })));
    window.addEventListener("beforeprint", stamp);
    return () => window.removeEventListener("beforeprint", stamp);
  }, []);

  const jurisdiction = props.jurisdiction ?? data.bankHolidays ?? null;
  const holidaysOf = (nation: string | null) => new Map(Object.entries(nation ? (props.bankHolidays[nation] ?? {}) : {}));
  const holidays = useMemo(() => holidaysOf(jurisdiction), [jurisdiction, props.bankHolidays]);
  const stageTitles = useMemo(() => {
    const stage = (schema.properties?.stages as RJSFSchema | undefined)?.items as RJSFSchema | undefined;
    const options = ((stage?.properties?.stage as RJSFSchema | undefined)?.oneOf ?? []) as { const?: unknown; title?: string }[];
    return new Map(options.map((o) => [String(o.const), o.title ?? String(o.const)]));
  }, [schema]);
  const dueOptions = (nation: string | null, daysCount: DaysCount | undefined) => ({
    daysCount,
    unlistedStages: props.unlistedStages,
    holidaysKnown: nation !== null,
    stageName: (id: string) => stageTitles.get(id) ?? id,
  });
  const dues = computeStageDueDates(data.stages ?? [], timescales, holidays, todayIso(), dueOptions(jurisdiction, data.daysCount));

  const categoryRaisers = (
    (props.uiSchema.concern as UiSchema | undefined)?.category?.["ui:options"] as { categoryRaisers?: CategoryRaisers } | undefined
  )?.categoryRaisers;

  /**
   * Keeps each record's respond-by field in step with its stage and date, and drops a
   * category that no longer applies once the raiser's role changes (it would be hidden).
   */
  const withDueDates = (next: Data): Data => {
    const category = next.concern?.category;
    if (categoryRaisers && category && !categoryApplies(categoryRaisers, category, next.people?.raiser?.role)) {
      const { category: _dropped, ...concern } = next.concern!;
      next = { ...next, concern };
    }
    const stages = next.stages ?? [];
    const nextJurisdiction = props.jurisdiction ?? next.bankHolidays ?? null;
    const computed = computeStageDueDates(
      stages,
      timescales,
      holidaysOf(nextJurisdiction),
      todayIso(),
      dueOptions(nextJurisdiction, next.daysCount),
    );
    return { ...next, stages: stages.map((s, i) => ({ ...s, respondBy: computed[i]?.due ? formatDue(computed[i]!.due!) : undefined })) };
  };

  const { activeNotices, stopped, hiddenPaths, uiSchema } = deriveFormView(props, data, { changing: changing !== null });

  const saveJson = () => {
    saveDraft(meta, data);
    setDirty(false);
    setMessage({ kind: "success", text: "Draft downloaded. Open it here later to carry on; nothing was kept in this browser." });
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      await openCheckedFile(file);
    } catch {
      // Whatever went wrong, the answers on the page stay as they were.
      if (fileInput.current) fileInput.current.value = "";
      setMessage({
        kind: "error",
        text: "The file could not be read as a saved escalation record. Your answers on this page have not been changed.",
      });
    }
  };

  const openCheckedFile = async (file: File) => {
    const text = file.size > maxFormFileBytes ? "" : await file.text();
    const result = readFormFile(text, file.size, meta, {
      schema: schema as never,
      otherRevisions: new Set(Object.keys(props.otherRevisions)),
    });
    if (fileInput.current) fileInput.current.value = "";
    if (!result.ok) {
      setMessage({ kind: "error", text: `${result.message} Your answers on this page have not been changed.` });
      return;
    }
    setData(withDueDates(result.data as Data));
    setFormKey((k) => k + 1);
    setDirty(false);
    if (result.olderRevision) {
      const other = Object.hasOwn(props.otherRevisions, result.olderRevision) ? props.otherRevisions[result.olderRevision] : undefined;
      setMessage({
        kind: "info",
        text: other
          ? `Opened ${file.name}. It was saved under version ${other.version} of the policy; this page is version ${meta.version}. ${other.changes.length === 0 ? "Nothing that affects the record changed." : `What changed since (check the stages, dates and people in the record):`}`
          : `Opened ${file.name}. It was saved under revision ${result.olderRevision}, which this page does not know; this page is version ${meta.version}. Check the stages and timescales.`,
        details: [...(other?.changes ?? []), ...(result.problems ?? []).map((p) => `To put right in this version: ${p}`)],
      });
    } else setMessage({ kind: "success", text: `Opened ${file.name}.` });
  };

  /** The due date of the stage record a respond-by field belongs to, found by the field's rjsf id or data path. */
  const dueOfField = (key: string, pattern: RegExp) => {
    const index = pattern.exec(key)?.[1];
    return index === undefined ? undefined : dues[Number(index)];
  };

  const printSections = describeAnswers(
    schema as never,
    data,
    (path) => hiddenPaths.has(path) || (path.endsWith(".bypassReasons") && !bypassTicked(data, path)),
    // A record with no respond-by date says why, not "not answered": it is not the user's to give.
    (path) => dueOfField(path, /^stages\.(\d+)\.respondBy$/)?.recordText,
    // And one with a date says how it was counted, on the line after it.
    (path) => {
      const why = dueOfField(path, /^stages\.(\d+)\.respondBy$/)?.explanation;
      return why ? [{ label: "How the respond-by date was counted", value: why }] : [];
    },
  );

  const savePdf = async () => {
    try {
      const { renderRecordPdf, recordRunningHead } = await (pdfModule.current ?? import("./record-pdf.ts"));
      const generated = new Date();
      const title = `Escalation record: ${meta.title}`;
      const bytes = await renderRecordPdf({
        title,
        subtitle: `${meta.areaName}. Policy version ${meta.version} (revision ${meta.revisionId}).`,
        generated,
        generatedText: generated.toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short" }),
        runningHead: recordRunningHead(title, data.child?.name, data.child?.reference),
        sections: printSections,
      });
      download(`escalation-${meta.areaId}-${todayIso()}.pdf`, "application/pdf", bytes as BlobPart);
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
    setDirty(false);
    setConfirmClear(false);
    setMessage({ kind: "info", text: "The form has been cleared." });
  };

  if (loadError) return <p className="govuk-error-message">{loadError}</p>;

  return (
    <div className="app-form">
      {message && (
        <div
          ref={messageRef}
          tabIndex={-1}
          // Not printed: it is about what the user just did, not part of the record.
          className={`${message.kind === "error" ? "govuk-error-summary" : "govuk-notification-banner"} app-no-print`}
          role={message.kind === "error" ? "alert" : "status"}
          aria-labelledby="form-message-title"
          data-testid="form-message"
        >
          {message.kind === "error" ? (
            <>
              <h2 className="govuk-error-summary__title" id="form-message-title">
                {message.title ?? "The file could not be opened"}
              </h2>
              <div className="govuk-error-summary__body">
                <p className="govuk-body">{message.text}</p>
              </div>
            </>
          ) : (
            <>
              <div className="govuk-notification-banner__header">
                <h2 className="govuk-notification-banner__title" id="form-message-title">
                  {message.kind === "success" ? "Done" : "Important"}
                </h2>
              </div>
              <div className="govuk-notification-banner__content">
                <p className="govuk-body">{message.text}</p>
                {message.details && message.details.length > 0 && (
                  <ul className="govuk-list govuk-list--bullet" data-testid="revision-changes">
                    {message.details.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                )}
              </div>
            </>
          )}
        </div>
      )}

      <div className="app-form-actions app-no-print" hidden={view === "check"}>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={saveJson}>
          Download draft (JSON)
        </button>{" "}
        <input
          ref={fileInput}
          id="open-saved-form"
          className="govuk-visually-hidden app-file-input"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void openFile(e.target.files?.[0])}
        />
        <label className="govuk-button govuk-button--secondary app-file-button" htmlFor="open-saved-form">
          Open a saved form
        </label>{" "}
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void savePdf()}>
          Download record (PDF)
        </button>{" "}
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => window.print()}>
          Print
        </button>{" "}
        {confirmClear ? (
          // The question is the group's name, read out as focus moves to its first button.
          <span className="app-confirm-clear" role="group" aria-labelledby="confirm-clear-question">
            <span className="govuk-body govuk-!-font-weight-bold app-confirm-clear__question" id="confirm-clear-question">
              Clear every answer on this page? This cannot be undone.
            </span>{" "}
            <button type="button" className="govuk-button govuk-button--warning" onClick={clear} ref={confirmClearButton}>
              Yes, clear every answer
            </button>{" "}
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => {
                refocusClear.current = true;
                setConfirmClear(false);
              }}
            >
              Keep my answers
            </button>
          </span>
        ) : (
          <button type="button" className="govuk-button govuk-button--warning" onClick={() => setConfirmClear(true)} ref={clearButton}>
            Clear form
          </button>
        )}
      </div>

      {activeNotices.map((n) => (
        <div className="govuk-inset-text" key={n.id} role="status" data-testid={`notice-${n.id}`}>
          <h2 className="govuk-heading-s">{n.title}</h2>
          <p className="govuk-body">{n.description}</p>
          {n.address && (
            <p className="govuk-body">
              Send it to <strong>{n.address}</strong>.
            </p>
          )}
        </div>
      ))}

      {!jurisdiction && <p className="govuk-inset-text">Until you choose whose bank holidays apply, due dates skip weekends only.</p>}

      {!stopped && (data.stages ?? []).length > 0 && (
        // Not a live region: it would announce on every keystroke. Each record's own
        // read-only "Respond by" field carries the same date beside its inputs.
        <div className="app-due-dates">
          <h2 className="govuk-heading-m">Respond-by dates</h2>
          <ul className="govuk-list">
            {dues.map((d) => (
              <li key={d.index} data-testid={`due-${d.index}`}>
                Stage record {d.index + 1}:{" "}
                {d.due ? (
                  <>
                    {d.label ? `${d.label} ` : ""}
                    <strong>{formatDue(d.due)}</strong>
                  </>
                ) : (
                  d.reason
                )}
                {d.overdue && (
                  <>
                    {" "}
                    <strong className="govuk-tag govuk-tag--red">Overdue</strong>
                    {d.ifNoReply && <span className="govuk-body-s"> {d.ifNoReply}</span>}
                  </>
                )}
                {d.due && d.note && <span className="govuk-body-s app-due-line">{d.note}</span>}
                {d.explanation && (
                  <span className="govuk-body-s app-due-line" data-testid={`due-why-${d.index}`}>
                    How it was counted: {d.explanation}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}

      {/* Printing shows the answers as a record, not empty boxes and buttons. */}
      <div className="app-print-only app-print-record">
        <h2 className="govuk-heading-m">Record as filled in</h2>
        <p className="govuk-body-s">
          {meta.areaName}: {meta.title}.{printedAt && ` Printed ${printedAt}.`} Policy version {meta.version} (revision {meta.revisionId}).
        </p>
        {printSections.map((section) => (
          <section key={section.heading}>
            <h3 className="govuk-heading-s">{section.heading}</h3>
            <dl className="govuk-summary-list">
              {section.lines.map((line) => (
                <div className="govuk-summary-list__row" key={line.label}>
                  <dt className="govuk-summary-list__key">{line.label}</dt>
                  <dd className="govuk-summary-list__value">{line.value || "(not answered)"}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>

      {view === "check" && (
        <CheckAnswers sections={printSections} focusPath={focusPath} onChange={changeAnswer} onBack={() => setView("form")}>
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
              // Why a record has no respond-by date yet, in the record itself as well as in the panel above.
              readonlyEmptyText: (id: string) =>
                dueOfField(id, /^root_stages_(\d+)_respondBy$/)?.reason ?? "Worked out when the stage and date are filled in",
              // rjsf compares props ignoring functions: the reasons as data make a record redraw when its reason changes.
              dueReasons: dues.map((d) => d.reason),
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
              setDirty(true);
              try {
                setData(withDueDates(next));
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

      {/* Right below the question that stops the form, where the user's eyes are. */}
      {stopped && emergency && (
        <div className="govuk-warning-text app-emergency" role="alert">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            <h2 className="govuk-heading-m">Stop: follow the emergency route now</h2>
            <p className="govuk-body">
              <strong>{emergency.title}.</strong> {emergency.when} Do not use this form for this concern. Instead:
            </p>
            <ol className="govuk-list govuk-list--number" data-testid="emergency-instead">
              {emergency.instead.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
            <p className="govuk-body">
              <a className="govuk-link" href={emergency.procedureLink}>
                Read {emergency.title} in the full procedure
              </a>
            </p>
          </div>
        </div>
      )}
    </div>
  );
}
