import { createDiagnostic } from "../diagnostics/create-diagnostic.ts";
import type { DiagnosticCode, DiagnosticParamsOf } from "../diagnostics/diagnostic-catalogue.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { suggestClosest, suggestionHint } from "../diagnostics/suggest-closest.ts";
import { parsePartialDate } from "./parse-partial-date.ts";
import type * as In from "./policy-input.ts";
import { countedUnits, isAbsentWord as isAbsent, isCountedUnit as isCounted, timescaleUnits } from "./policy-model.ts";
import type { DataPath, LocateTarget, SourceLocator } from "./source-locator.ts";

/** Records one diagnostic at a path in the file, with the parameters its code's templates name. */
type Report = <C extends DiagnosticCode>(code: C, params: DiagnosticParamsOf<C>, path: DataPath, target?: LocateTarget) => void;

export interface SemanticCheckOptions {
  /** Today's date as YYYY-MM-DD, for overdue reviews; a parameter so results are reproducible. */
  readonly today: string;
}

type IdKind =
  | "role"
  | "priority"
  | "category list"
  | "category"
  | "track"
  | "phase"
  | "stage"
  | "meeting"
  | "route"
  | "entry point"
  | "stage output"
  | "side action"
  | "principle";

interface Declared {
  readonly kind: IdKind;
  readonly path: DataPath;
  /** The track a stage or phase belongs to. */
  readonly trackId?: string;
}

const idPattern = /^[a-z][a-z0-9-]*$/;
const revisionPattern = /^[a-z0-9][a-z0-9.-]*$/;
/** A track's stages as written, or none when they are not stated or not seen. */
const stagesOf = (track: In.Track): readonly In.Stage[] => (Array.isArray(track.stages) ? track.stages : []);

/**
 * Checks what the schema cannot: that ids are unique and references resolve, that every
 * stage can be reached and the stages do not loop, that timescales make sense, that
 * dates exist and that the review is not overdue. Runs only on schema-valid input.
 */
/**
 * Names the site's own addresses use: an area called `search` or a revision called
 * `history` would land on the same address as a site page and one would overwrite the other.
 */
export const reservedAreaNames = [
  "_astro",
  "compare",
  "developers",
  "feed.xml",
  "pagefind",
  "schemas",
  "search",
  "vendor",
] as const as readonly string[];
export const reservedRevisionNames = [
  "briefing",
  "changes",
  "changes.json",
  "flowchart",
  "flowchart.mmd",
  "flowchart.svg",
  "form",
  "form-data.d.ts",
  "form-validator.js",
  "form.schema.json",
  "form.ui.json",
  "history",
  "policy.json",
] as const as readonly string[];

export function checkPolicySemantics(
  input: In.PolicyInput,
  identity: { readonly areaId: string; readonly revisionId: string },
  locate: SourceLocator,
  options: SemanticCheckOptions,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (code, params, path, target = "value") =>
    diagnostics.push(createDiagnostic(code, params, locate.path(path, target)));

  if (!idPattern.test(identity.areaId)) report("POLICY_AREA_ID_INVALID", { name: identity.areaId }, []);
  if (!revisionPattern.test(identity.revisionId)) report("POLICY_REVISION_ID_INVALID", { name: identity.revisionId }, []);
  const reserved = { areas: reservedAreaNames.join(", "), revisions: reservedRevisionNames.join(", ") };
  if (reservedAreaNames.includes(identity.areaId))
    report("POLICY_RESERVED_NAME", { what: "area folder", name: identity.areaId, ...reserved }, []);
  if (reservedRevisionNames.includes(identity.revisionId))
    report("POLICY_RESERVED_NAME", { what: "revision file", name: identity.revisionId, ...reserved }, []);

  // --- ids -------------------------------------------------------------------------------
  const declared = new Map<string, Declared>();
  const declare = (id: string, kind: IdKind, path: DataPath, trackId?: string) => {
    const first = declared.get(id);
    if (first) {
      report("POLICY_DUPLICATE_ID", { id, firstKind: first.kind, firstLine: locate.path(first.path).start.line }, [...path, "id"]);
      return;
    }
    declared.set(id, { kind, path: [...path, "id"], trackId });
  };
  input.roles.forEach((r, i) => declare(r.id, "role", ["roles", i]));
  (input.priorities ?? []).forEach((p, i) => declare(p.id, "priority", ["priorities", i]));
  if (Array.isArray(input.categoryLists)) {
    input.categoryLists.forEach((l, i) => {
      declare(l.id, "category list", ["categoryLists", i]);
      l.categories.forEach((c, j) => declare(c.id, "category", ["categoryLists", i, "categories", j]));
    });
  }
  if (Array.isArray(input.principles)) input.principles.forEach((p, i) => declare(p.id, "principle", ["principles", i]));
  input.tracks.forEach((t, i) => {
    declare(t.id, "track", ["tracks", i]);
    (t.phases ?? []).forEach((p, j) => declare(p.id, "phase", ["tracks", i, "phases", j], t.id));
    stagesOf(t).forEach((s, j) => {
      declare(s.id, "stage", ["tracks", i, "stages", j], t.id);
      (s.outputs ?? []).forEach((o, k) => declare(o.id, "stage output", ["tracks", i, "stages", j, "outputs", k]));
    });
  });
  (input.meetings ?? []).forEach((m, i) => declare(m.id, "meeting", ["meetings", i]));
  (input.entryPoints ?? []).forEach((e, i) => declare(e.id, "entry point", ["entryPoints", i]));
  (input.routes ?? []).forEach((r, i) => declare(r.id, "route", ["routes", i]));
  (input.sideActions ?? []).forEach((a, i) => declare(a.id, "side action", ["sideActions", i]));

  const idsOf = (kinds: readonly IdKind[]) => [...declared].filter(([, d]) => kinds.includes(d.kind)).map(([id]) => id);

  /** Checks one reference; returns whether it resolved to the wanted kind. */
  const checkRef = (id: string, kinds: readonly IdKind[], path: DataPath): boolean => {
    const found = declared.get(id);
    const kind = kinds.join(" or ");
    if (!found) {
      report("POLICY_UNKNOWN_REFERENCE", { kind, id, suggestion: suggestionHint(id, idsOf(kinds), kind) }, path);
      return false;
    }
    if (!kinds.includes(found.kind)) {
      report("POLICY_WRONG_REFERENCE_KIND", { id, actualKind: found.kind, kind }, path);
      return false;
    }
    return true;
  };
  const checkRoles = (refs: In.RoleRefs | readonly string[] | undefined, path: DataPath) => {
    if (refs === undefined || isAbsent(refs)) return;
    refs.forEach((id, i) => checkRef(id, ["role"], [...path, i]));
  };
  const checkRole = (id: string | undefined, path: DataPath) => {
    if (id !== undefined && !isAbsent(id)) checkRef(id, ["role"], path);
  };
  const checkCondition = (condition: In.Condition | undefined, path: DataPath) => {
    if (!condition) return;
    if (condition.priority !== undefined) checkRef(condition.priority, ["priority"], [...path, "priority"]);
    checkRoles(condition.raisedBy, [...path, "raisedBy"]);
  };
  const checkMethod = (method: In.Method, path: DataPath) => {
    if (method.markingPlace !== undefined && method.marking === undefined) {
      report("POLICY_MARKING_WITHOUT_EMAIL", { method: method.method }, [...path, "markingPlace"], "key");
    }
    if (method.marking !== undefined && method.method !== "email" && method.method !== "secure-email") {
      report("POLICY_MARKING_WITHOUT_EMAIL", { method: method.method }, [...path, "marking"], "key");
    }
  };
  const checkTimescale = (timescale: In.Timescale, path: DataPath) => {
    checkRole(timescale.who, [...path, "who"]);
    checkCondition(timescale.when, [...path, "when"]);
    const from = timescale.from;
    if (typeof from === "object" && "stage" in from) checkRef(from.stage, ["stage"], [...path, "from", "stage"]);
    if (typeof from === "object" && "meeting" in from) checkRef(from.meeting, ["meeting"], [...path, "from", "meeting"]);
    if (
      timescale.alsoStatedAs !== undefined &&
      !isCounted(timescale.unit) &&
      (timescaleUnits as readonly string[]).includes(timescale.unit)
    ) {
      report("POLICY_TIMESCALE_AMOUNT_UNEXPECTED", { unit: timescale.unit }, [...path, "alsoStatedAs"], "key");
    }
    if (timescale.alsoStatedAs !== undefined && !isCounted(timescale.alsoStatedAs.unit)) {
      const unit = timescale.alsoStatedAs.unit;
      report("POLICY_UNKNOWN_UNIT", { unit, suggestion: unitSuggestion(unit, countedUnits) }, [...path, "alsoStatedAs", "unit"]);
    }
    if (!(timescaleUnits as readonly string[]).includes(timescale.unit)) {
      report("POLICY_UNKNOWN_UNIT", { unit: timescale.unit, suggestion: unitSuggestion(timescale.unit, timescaleUnits) }, [
        ...path,
        "unit",
      ]);
      return;
    }
    const counted = isCounted(timescale.unit);
    const amount = timescale.amount;
    if (counted && typeof amount === "number" && timescale.wording !== undefined) {
      // Only when the wording gives numbers and none is the amount: "Stage 2 within 5 working
      // days of stage 1" names three numbers, and the 5 is enough. A limit stated twice
      // ("48 hours (two working days)") gives both numbers.
      const numbers = numbersIn(timescale.wording);
      const known = [amount, ...(timescale.alsoStatedAs ? [timescale.alsoStatedAs.amount] : [])];
      if (numbers.length > 0 && !known.some((n) => numbers.includes(n))) {
        report("POLICY_TIMESCALE_WORDING_MISMATCH", { numbers: numbers.join(" and "), amount: String(amount) }, [...path, "wording"]);
      }
    }
    if (counted && amount === undefined) {
      report("POLICY_TIMESCALE_AMOUNT", { unit: timescale.unit }, path);
    } else if (!counted && amount !== undefined) {
      report("POLICY_TIMESCALE_AMOUNT_UNEXPECTED", { unit: timescale.unit }, [...path, "amount"], "key");
    }
  };
  const checkDate = (value: string | undefined, path: DataPath) => {
    if (value !== undefined && !isAbsent(value) && !parsePartialDate(value)) report("POLICY_INVALID_DATE", { date: value }, path);
  };

  const checkOverallLimit = (track: In.Track, trackPath: DataPath) => {
    const cap = track.overallLimit!;
    const { amount, unit } = cap.limit;
    if (cap.appliesTo !== "all-stages" || typeof amount !== "number" || !isCounted(unit)) return;
    // Only limits counted in the cap's own unit, each from its own stage's start, add up
    // honestly: two counted from the concern being raised overlap rather than follow.
    const ownStart = (t: In.Timescale) => t.from === "stage-raised" || t.from === "previous-stage-ended";
    const all = stagesOf(track).flatMap((s) => (Array.isArray(s.timescales) ? s.timescales : []));
    if (all.some((t) => t.unit === unit && !ownStart(t))) return;
    const perStage = stagesOf(track).map((s) =>
      Array.isArray(s.timescales)
        ? Math.max(0, ...s.timescales.filter((t) => t.unit === unit && typeof t.amount === "number").map((t) => t.amount as number))
        : 0,
    );
    if (perStage.length === 0 || perStage.some((n) => n === 0)) return;
    const total = perStage.reduce((a, b) => a + b, 0);
    if (total > amount) {
      report("POLICY_OVERALL_LIMIT_EXCEEDED", { total: String(total), cap: String(amount), unit: unit.replace(/-/g, " ") }, [
        ...trackPath,
        "overallLimit",
        "limit",
        "amount",
      ]);
    }
  };

  // --- references, timescales, methods, dates ----------------------------------------------
  if (isAbsent(input.area.name) && input.area.label === undefined) report("POLICY_AREA_LABEL_MISSING", {}, ["area"]);
  const sourceIds = new Map<string, number>();
  input.sources.forEach((source, i) => {
    checkDate(source.date, ["sources", i, "date"]);
    // A source without an id is known by the one the model gives it (`main` for the first).
    const id = source.id ?? (i === 0 ? "main" : `source-${i + 1}`);
    const first = sourceIds.get(id);
    if (first !== undefined) {
      const firstLine = locate.path(["sources", first]).start.line;
      report(
        "POLICY_DUPLICATE_ID",
        { id, firstKind: "source", firstLine },
        source.id === undefined ? ["sources", i] : ["sources", i, "id"],
      );
    } else sourceIds.set(id, i);
  });
  for (const key of ["published", "effective", "nextReview"] as const) checkDate(input.revision[key], ["revision", key]);
  (input.revision.amendments ?? []).forEach((a, i) => checkDate(a.date, ["revision", "amendments", i, "date"]));

  input.roles.forEach((r, i) => {
    checkRoles(r.includes, ["roles", i, "includes"]);
    checkRoles(r.coveredBy, ["roles", i, "coveredBy"]);
  });
  if (Array.isArray(input.categoryLists)) input.categoryLists.forEach((l, i) => checkRoles(l.raisedBy, ["categoryLists", i, "raisedBy"]));
  if (Array.isArray(input.scope.excludes)) {
    input.scope.excludes.forEach((e, i) => e.track !== undefined && checkRef(e.track, ["track"], ["scope", "excludes", i, "track"]));
  }

  const checkNext = (ref: string, path: DataPath) => {
    if (ref !== "end" && ref !== "final") checkRef(ref, ["stage", "meeting"], path);
  };
  input.tracks.forEach((t, i) => {
    const trackPath = ["tracks", i];
    checkRoles(t.raisedBy, [...trackPath, "raisedBy"]);
    if (t.source !== undefined && !sourceIds.has(t.source)) {
      const suggestion = suggestionHint(t.source, [...sourceIds.keys()], "source");
      report("POLICY_UNKNOWN_REFERENCE", { kind: "source", id: t.source, suggestion }, [...trackPath, "source"]);
    }
    if (t.overallLimit) {
      checkTimescale(t.overallLimit.limit, [...trackPath, "overallLimit", "limit"]);
      checkOverallLimit(t, trackPath);
    }
    const stages = stagesOf(t);
    stages.forEach((s, j) => {
      const path = [...trackPath, "stages", j];
      if (s.phase !== undefined && checkRef(s.phase, ["phase"], [...path, "phase"]) && declared.get(s.phase)?.trackId !== t.id) {
        report("POLICY_PHASE_OTHER_TRACK", { id: s.phase, phaseTrack: declared.get(s.phase)?.trackId ?? "?", track: t.id }, [
          ...path,
          "phase",
        ]);
      }
      checkRoles(s.raisedBy, [...path, "raisedBy"]);
      checkRoles(s.to, [...path, "to"]);
      checkRoles(s.decidedBy, [...path, "decidedBy"]);
      checkRoles(s.copyTo, [...path, "copyTo"]);
      checkRoles(s.consultFirst, [...path, "consultFirst"]);
      (s.byAgency ?? []).forEach((a, k) => checkRoles(a.to, [...path, "byAgency", k, "to"]));
      (s.outputs ?? []).forEach((o, k) => {
        const at = [...path, "outputs", k];
        for (const key of ["by", "to", "endorsedBy"] as const) checkRoles(o[key], [...at, key]);
        (o.timescales ?? []).forEach((ts, n) => checkTimescale(ts, [...at, "timescales", n]));
        (o.parts ?? []).forEach((part, n) => {
          checkRoles(part.by, [...at, "parts", n, "by"]);
          checkRoles(part.to, [...at, "parts", n, "to"]);
          (part.timescales ?? []).forEach((ts, m) => checkTimescale(ts, [...at, "parts", n, "timescales", m]));
        });
      });
      checkRoles(s.with, [...path, "with"]);
      checkRoles(s.mayInvolve, [...path, "mayInvolve"]);
      if (Array.isArray(s.methods)) s.methods.forEach((m, k) => checkMethod(m, [...path, "methods", k]));
      if (Array.isArray(s.record)) s.record.forEach((r, k) => checkRole(r.by, [...path, "record", k, "by"]));
      if (Array.isArray(s.timescales)) s.timescales.forEach((ts, k) => checkTimescale(ts, [...path, "timescales", k]));
      if (s.replyExpected === false && Array.isArray(s.timescales)) {
        s.timescales.forEach((ts, k) => {
          if (ts.for === "response") report("POLICY_REPORT_WITH_REPLY", { stage: s.id }, [...path, "timescales", k, "for"]);
        });
      }
      // Outcomes the source does not show are not an error: the site says so.
      if (!Array.isArray(s.outcomes)) return;
      s.outcomes.forEach((o, k) => {
        checkNext(o.next, [...path, "outcomes", k, "next"]);
        // A report expects no reply, so "no reply within the timescale" cannot happen.
        if (o.result === "no-reply" && s.replyExpected === false)
          report("POLICY_NO_REPLY_ON_REPORT", { stage: s.id }, [...path, "outcomes", k, "result"]);
      });
      const isLast = j === stages.length - 1;
      // The ladder moves on when the person raising it is not satisfied, or when no reply comes.
      if (!isLast && !s.outcomes.some((o) => o.result === "not-resolved" || o.result === "no-reply")) {
        report("POLICY_MISSING_NOT_RESOLVED", { id: s.id }, [...path, "outcomes"], "key");
      }
    });
    if (!isAbsent(t.whenLastStageFails)) {
      const f = t.whenLastStageFails;
      if (f.meeting !== undefined) checkRef(f.meeting, ["meeting"], [...trackPath, "whenLastStageFails", "meeting"]);
      checkRoles(f.decidedBy, [...trackPath, "whenLastStageFails", "decidedBy"]);
    }
  });
  (input.meetings ?? []).forEach((m, i) => {
    checkRoles(m.attendees, ["meetings", i, "attendees"]);
    if (m.duringStage !== undefined) checkRef(m.duringStage, ["stage"], ["meetings", i, "duringStage"]);
    (m.outcomes ?? []).forEach((o, k) => checkNext(o.next, ["meetings", i, "outcomes", k, "next"]));
  });
  (input.entryPoints ?? []).forEach((e, i) => {
    checkRef(e.stage, ["stage"], ["entryPoints", i, "stage"]);
    if (Array.isArray(e.timescales)) e.timescales.forEach((ts, k) => checkTimescale(ts, ["entryPoints", i, "timescales", k]));
  });
  (input.routes ?? []).forEach((r, i) => {
    const path = ["routes", i];
    if (r.track !== undefined) checkRef(r.track, ["track"], [...path, "track"]);
    for (const key of ["raisedBy", "to", "decidedBy", "consultFirst", "inConjunctionWith"] as const) checkRoles(r[key], [...path, key]);
    if (r.toStage !== undefined) checkRef(r.toStage, ["stage"], [...path, "toStage"]);
    if (r.toStage !== undefined && r.toAnyHigherStage === true)
      report("POLICY_ROUTE_TARGET_CONFLICT", { route: r.id }, [...path, "toAnyHigherStage"], "key");
    checkCondition(r.condition, [...path, "condition"]);
    if (Array.isArray(r.timescales)) r.timescales.forEach((ts, k) => checkTimescale(ts, [...path, "timescales", k]));
  });
  (input.sideActions ?? []).forEach((a, i) => {
    const path = ["sideActions", i];
    if (a.at !== "any") a.at.forEach((id, k) => checkRef(id, ["stage"], [...path, "at", k]));
    for (const key of ["by", "to", "inConjunctionWith"] as const) checkRoles(a[key], [...path, key]);
    checkCondition(a.when, [...path, "when"]);
    if (a.on === "resolved" && a.when?.notResolved === true)
      report("POLICY_SIDE_ACTION_NEVER_APPLIES", { id: a.id }, [...path, "when", "notResolved"]);
    if (a.method) checkMethod(a.method, [...path, "method"]);
    if (a.timescale) checkTimescale(a.timescale, [...path, "timescale"]);
  });
  if (input.learning !== undefined && !isAbsent(input.learning)) checkRole(input.learning.forwardTo, ["learning", "forwardTo"]);
  if (Array.isArray(input.monitoring)) input.monitoring.forEach((m, i) => checkRole(m.by, ["monitoring", i, "by"]));
  (input.contacts ?? []).forEach((c, i) => checkRole(c.role, ["contacts", i, "role"]));
  if (input.advisers) checkRoles(input.advisers.roles, ["advisers", "roles"]);
  // Worked examples name a stage, a raiser and side actions; whether they hold is checked
  // with the form's own code after compiling (src/examples/check-policy-examples.ts).
  (input.examples ?? []).forEach((e, i) => {
    const path = ["examples", i];
    if (e.stage !== undefined) checkRef(e.stage, ["stage"], [...path, "stage"]);
    checkRole(e.raisedBy, [...path, "raisedBy"]);
    for (const key of ["shows", "hides"] as const)
      (e.expect[key] ?? []).forEach((id, k) => checkRef(id, ["side action"], [...path, "expect", key, k]));
  });

  checkStageFlow(input, declared, report);
  checkDoubts(input, report);

  // --- review date ---------------------------------------------------------------------------
  const review = isAbsent(input.revision.nextReview) ? undefined : parsePartialDate(input.revision.nextReview);
  if (review && review.last < options.today) report("POLICY_REVIEW_OVERDUE", { date: review.text }, ["revision", "nextReview"]);

  return diagnostics.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
}

/**
 * A "did you mean" for a unit only when it keeps the meaning: `working-week` may become
 * `working-weeks`, never `working-days`, and `day` never becomes `working-days`.
 */
function unitSuggestion(unit: string, candidates: readonly string[]): string {
  const words = (value: string) => new Set(value.toLowerCase().match(/working|calendar|day|week|month|hour/g) ?? []);
  const mine = words(unit);
  const sameMeaning = candidates.filter((c) => {
    const theirs = words(c);
    return mine.size === theirs.size && [...mine].every((w) => theirs.has(w));
  });
  const best = suggestClosest(unit, sameMeaning);
  if (best !== undefined) return `Did you mean \`${best}\`?`;
  return `Use one of: ${candidates.map((c) => `\`${c}\``).join(", ")}.`;
}

/**
 * Every `doubts` entry says exactly one thing (`unclear` or `outsideSource`), and its
 * `about` names a property the object it sits on has, so the site can show it beside it.
 */
function checkDoubts(input: In.PolicyInput, report: Report): void {
  const walk = (node: unknown, path: DataPath) => {
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, [...path, i]));
    if (node === null || typeof node !== "object") return;
    const object = node as Record<string, unknown>;
    if (Array.isArray(object.doubts)) {
      (object.doubts as In.Doubt[]).forEach((doubt, i) => {
        const at = [...path, "doubts", i];
        if ((doubt.unclear === undefined) === (doubt.outsideSource === undefined)) report("POLICY_DOUBT_KIND", {}, at);
        if (doubt.about !== undefined && (doubt.about === "doubts" || !Object.hasOwn(object, doubt.about))) {
          const properties = Object.keys(object).filter((k) => k !== "doubts");
          report("POLICY_DOUBT_UNKNOWN_PROPERTY", { about: doubt.about, suggestion: suggestionHint(doubt.about, properties, "property") }, [
            ...at,
            "about",
          ]);
        }
      });
    }
    for (const [key, value] of Object.entries(object)) if (key !== "doubts") walk(value, [...path, key]);
  };
  walk(input, []);
}

/**
 * Treats stages and meetings as a graph whose edges are outcomes' `next`. Every stage
 * must be reachable from its track's first stage (or be a bypass route's target), and
 * following outcomes must never lead back to a stage already passed.
 */
function checkStageFlow(input: In.PolicyInput, declared: ReadonlyMap<string, Declared>, report: Report): void {
  interface Edge {
    readonly to: string;
    readonly path: DataPath;
  }
  const edges = new Map<string, Edge[]>();
  const addEdges = (from: string, outcomes: readonly In.Outcome[] | undefined, path: DataPath) => {
    const list = (outcomes ?? [])
      .map((o, k) => ({ to: o.next, path: [...path, "outcomes", k, "next"] }))
      .filter((e) => {
        const kind = declared.get(e.to)?.kind;
        return kind === "stage" || kind === "meeting";
      });
    edges.set(from, list);
  };
  input.tracks.forEach((t, i) =>
    stagesOf(t).forEach((s, j) => addEdges(s.id, Array.isArray(s.outcomes) ? s.outcomes : [], ["tracks", i, "stages", j])),
  );
  (input.meetings ?? []).forEach((m, i) => addEdges(m.id, m.outcomes, ["meetings", i]));

  const reached = new Set<string>();
  const visit = (id: string) => {
    if (reached.has(id)) return;
    reached.add(id);
    for (const edge of edges.get(id) ?? []) visit(edge.to);
  };
  // Where a stage's outcomes are not stated or not seen, the next stage in order is taken
  // to follow: the source shows them as a ladder even when it does not say how it is
  // climbed. Every track's such links are in place before any is followed, since an
  // outcome in one track may lead into another.
  input.tracks.forEach((t, i) => {
    const stages = stagesOf(t);
    stages.forEach((s, j) => {
      const following = stages[j + 1];
      if (!Array.isArray(s.outcomes) && following) edges.set(s.id, [{ to: following.id, path: ["tracks", i, "stages", j, "outcomes"] }]);
    });
  });
  input.tracks.forEach((t) => {
    const first = stagesOf(t)[0];
    if (first) visit(first.id);
  });
  for (const r of input.routes ?? []) if (r.toStage !== undefined && declared.get(r.toStage)?.kind === "stage") visit(r.toStage);
  for (const e of input.entryPoints ?? []) if (declared.get(e.stage)?.kind === "stage") visit(e.stage);
  const lastMeeting = input.tracks.map((t) => (isAbsent(t.whenLastStageFails) ? undefined : t.whenLastStageFails.meeting));
  for (const id of lastMeeting) if (id !== undefined) visit(id);
  input.tracks.forEach((t, i) =>
    stagesOf(t).forEach((s, j) => {
      if (!reached.has(s.id)) report("POLICY_UNREACHABLE_STAGE", { id: s.id }, ["tracks", i, "stages", j, "id"]);
    }),
  );

  // Depth-first search with colours: an edge into a node still on the stack closes a cycle.
  const state = new Map<string, "active" | "done">();
  const stack: string[] = [];
  const reportedCycles = new Set<string>();
  const search = (id: string) => {
    state.set(id, "active");
    stack.push(id);
    for (const edge of edges.get(id) ?? []) {
      const seen = state.get(edge.to);
      if (seen === "active") {
        const cycle = [...stack.slice(stack.indexOf(edge.to)), edge.to];
        const key = [...cycle].sort().join(",");
        if (!reportedCycles.has(key)) {
          reportedCycles.add(key);
          report("POLICY_STAGE_CYCLE", { cycle: cycle.map((c) => `\`${c}\``).join(" → ") }, edge.path);
        }
      } else if (seen === undefined) {
        search(edge.to);
      }
    }
    stack.pop();
    state.set(id, "done");
  };
  for (const id of edges.keys()) if (!state.has(id)) search(id);
}

const numberWords: Record<string, number> = {
  ...Object.fromEntries(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
      .split(" ")
      .map((w, i) => [w, i]),
  ),
  ...Object.fromEntries("twenty thirty forty fifty sixty seventy eighty ninety".split(" ").map((w, i) => [w, 20 + 10 * i])),
};

/**
 * The numbers a timescale's wording gives, in figures or words ("5", "twenty-four",
 * "forty eight"), for comparing with its amount.
 */
export function numbersIn(text: string): number[] {
  const words = text.toLowerCase().match(/\d+|[a-z]+/g) ?? [];
  const numbers: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (/^\d+$/.test(word)) {
      numbers.push(Number(word));
      continue;
    }
    // Own properties only: "constructor" or "toString" in a wording is a word, not a number.
    const value = Object.hasOwn(numberWords, word) ? numberWords[word] : undefined;
    if (value === undefined) continue;
    // "twenty-four" and "twenty four" are one number.
    const next = words[i + 1] !== undefined && Object.hasOwn(numberWords, words[i + 1]!) ? numberWords[words[i + 1]!] : undefined;
    if (value >= 20 && value % 10 === 0 && next !== undefined && next > 0 && next < 10) {
      numbers.push(value + next);
      i++;
    } else numbers.push(value);
  }
  return numbers;
}
