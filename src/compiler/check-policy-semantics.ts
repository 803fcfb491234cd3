import { createDiagnostic, type DiagnosticParams } from "../diagnostics/create-diagnostic.ts";
import type { DiagnosticCode } from "../diagnostics/diagnostic-catalogue.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { suggestionHint } from "../diagnostics/suggest-closest.ts";
import { parsePartialDate } from "./parse-partial-date.ts";
import type * as In from "./policy-input.ts";
import { countedUnits, timescaleUnits, type TimescaleUnit } from "./policy-model.ts";
import type { DataPath, LocateTarget, SourceLocator } from "./source-locator.ts";

export interface SemanticCheckOptions {
  /** Today's date as YYYY-MM-DD, for overdue reviews; a parameter so results are reproducible. */
  readonly today: string;
}

type IdKind =
  "role" | "priority" | "category list" | "category" | "track" | "phase" | "stage" | "meeting" | "route" | "side action" | "principle";

interface Declared {
  readonly kind: IdKind;
  readonly path: DataPath;
  /** The track a stage or phase belongs to. */
  readonly trackId?: string;
}

const idPattern = /^[a-z][a-z0-9-]*$/;
const revisionPattern = /^[a-z0-9][a-z0-9.-]*$/;
const notStated = "not stated";

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
  const report = (code: DiagnosticCode, params: DiagnosticParams, path: DataPath, target: LocateTarget = "value") =>
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
    t.stages.forEach((s, j) => declare(s.id, "stage", ["tracks", i, "stages", j], t.id));
  });
  (input.meetings ?? []).forEach((m, i) => declare(m.id, "meeting", ["meetings", i]));
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
    if (refs === undefined || refs === notStated) return;
    refs.forEach((id, i) => checkRef(id, ["role"], [...path, i]));
  };
  const checkRole = (id: string | undefined, path: DataPath) => {
    if (id !== undefined && id !== notStated) checkRef(id, ["role"], path);
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
    if (!(timescaleUnits as readonly string[]).includes(timescale.unit)) {
      report("POLICY_UNKNOWN_UNIT", { unit: timescale.unit, suggestion: suggestionHint(timescale.unit, timescaleUnits, "unit") }, [
        ...path,
        "unit",
      ]);
      return;
    }
    const counted = countedUnits.includes(timescale.unit as TimescaleUnit);
    if (counted && timescale.amount !== undefined && timescale.wording !== undefined) {
      // Only when the wording gives numbers and none is the amount: "Stage 2 within 5 working
      // days of stage 1" names three numbers, and the 5 is enough.
      const numbers = numbersIn(timescale.wording);
      if (numbers.length > 0 && !numbers.includes(timescale.amount)) {
        report("POLICY_TIMESCALE_WORDING_MISMATCH", { numbers: numbers.join(" and "), amount: String(timescale.amount) }, [
          ...path,
          "wording",
        ]);
      }
    }
    if (counted && timescale.amount === undefined) {
      report("POLICY_TIMESCALE_AMOUNT", { detail: `The unit \`${timescale.unit}\` needs an \`amount\`.` }, path);
    } else if (!counted && timescale.amount !== undefined) {
      report("POLICY_TIMESCALE_AMOUNT", { detail: `The unit \`${timescale.unit}\` takes no \`amount\`.` }, [...path, "amount"], "key");
    }
  };
  const checkDate = (value: string | undefined, path: DataPath) => {
    if (value !== undefined && value !== notStated && !parsePartialDate(value)) report("POLICY_INVALID_DATE", { date: value }, path);
  };

  // --- references, timescales, methods, dates ----------------------------------------------
  if (input.area.name === notStated && input.area.label === undefined) report("POLICY_AREA_LABEL_MISSING", {}, ["area"]);
  checkDate(input.source.date, ["source", "date"]);
  for (const key of ["published", "effective", "nextReview"] as const) checkDate(input.revision[key], ["revision", key]);
  (input.revision.amendments ?? []).forEach((a, i) => checkDate(a.date, ["revision", "amendments", i, "date"]));

  input.roles.forEach((r, i) => checkRoles(r.includes, ["roles", i, "includes"]));
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
    t.stages.forEach((s, j) => {
      const path = [...trackPath, "stages", j];
      if (s.phase !== undefined && checkRef(s.phase, ["phase"], [...path, "phase"]) && declared.get(s.phase)?.trackId !== t.id) {
        report(
          "POLICY_UNKNOWN_REFERENCE",
          { kind: "phase", id: s.phase, suggestion: `The phase \`${s.phase}\` belongs to another track; use a phase of \`${t.id}\`.` },
          [...path, "phase"],
        );
      }
      checkRoles(s.raisedBy, [...path, "raisedBy"]);
      checkRoles(s.to, [...path, "to"]);
      checkRoles(s.with, [...path, "with"]);
      if (Array.isArray(s.methods)) s.methods.forEach((m, k) => checkMethod(m, [...path, "methods", k]));
      if (Array.isArray(s.record)) s.record.forEach((r, k) => checkRole(r.by, [...path, "record", k, "by"]));
      if (Array.isArray(s.timescales)) s.timescales.forEach((ts, k) => checkTimescale(ts, [...path, "timescales", k]));
      s.outcomes.forEach((o, k) => checkNext(o.next, [...path, "outcomes", k, "next"]));
      const isLast = j === t.stages.length - 1;
      if (!isLast && !s.outcomes.some((o) => o.result === "not-resolved")) {
        report("POLICY_MISSING_NOT_RESOLVED", { stage: `The stage \`${s.id}\`` }, [...path, "outcomes"], "key");
      }
    });
    if (t.whenLastStageFails !== notStated) {
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
  (input.routes ?? []).forEach((r, i) => {
    const path = ["routes", i];
    if (r.track !== undefined) checkRef(r.track, ["track"], [...path, "track"]);
    for (const key of ["raisedBy", "to", "decidedBy", "inConjunctionWith"] as const) checkRoles(r[key], [...path, key]);
    if (r.toStage !== undefined && r.toStage !== "any-higher") checkRef(r.toStage, ["stage"], [...path, "toStage"]);
    checkCondition(r.condition, [...path, "condition"]);
  });
  (input.sideActions ?? []).forEach((a, i) => {
    const path = ["sideActions", i];
    if (a.at !== "any") a.at.forEach((id, k) => checkRef(id, ["stage"], [...path, "at", k]));
    for (const key of ["by", "to", "inConjunctionWith"] as const) checkRoles(a[key], [...path, key]);
    checkCondition(a.when, [...path, "when"]);
    if (a.method) checkMethod(a.method, [...path, "method"]);
    if (a.timescale) checkTimescale(a.timescale, [...path, "timescale"]);
  });
  if (input.learning !== undefined && input.learning !== notStated) checkRole(input.learning.forwardTo, ["learning", "forwardTo"]);
  if (Array.isArray(input.monitoring)) input.monitoring.forEach((m, i) => checkRole(m.by, ["monitoring", i, "by"]));
  (input.contacts ?? []).forEach((c, i) => checkRole(c.role, ["contacts", i, "role"]));

  checkStageFlow(input, declared, report);

  // --- review date ---------------------------------------------------------------------------
  const review = input.revision.nextReview === notStated ? undefined : parsePartialDate(input.revision.nextReview);
  if (review && review.last < options.today) report("POLICY_REVIEW_OVERDUE", { date: review.text }, ["revision", "nextReview"]);

  return diagnostics.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column);
}

/**
 * Treats stages and meetings as a graph whose edges are outcomes' `next`. Every stage
 * must be reachable from its track's first stage (or be a bypass route's target), and
 * following outcomes must never lead back to a stage already passed.
 */
function checkStageFlow(
  input: In.PolicyInput,
  declared: ReadonlyMap<string, Declared>,
  report: (code: DiagnosticCode, params: DiagnosticParams, path: DataPath, target?: LocateTarget) => void,
): void {
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
  input.tracks.forEach((t, i) => t.stages.forEach((s, j) => addEdges(s.id, s.outcomes, ["tracks", i, "stages", j])));
  (input.meetings ?? []).forEach((m, i) => addEdges(m.id, m.outcomes, ["meetings", i]));

  const reached = new Set<string>();
  const visit = (id: string) => {
    if (reached.has(id)) return;
    reached.add(id);
    for (const edge of edges.get(id) ?? []) visit(edge.to);
  };
  input.tracks.forEach((t) => t.stages[0] && visit(t.stages[0].id));
  for (const r of input.routes ?? []) if (r.toStage !== undefined && declared.get(r.toStage)?.kind === "stage") visit(r.toStage);
  const lastMeeting = input.tracks.map((t) => (t.whenLastStageFails === "not stated" ? undefined : t.whenLastStageFails.meeting));
  for (const id of lastMeeting) if (id !== undefined) visit(id);
  input.tracks.forEach((t, i) =>
    t.stages.forEach((s, j) => {
      if (!reached.has(s.id))
        report("POLICY_UNREACHABLE_STAGE", { stage: `the stage \`${s.id}\``, id: s.id }, ["tracks", i, "stages", j, "id"]);
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
    const value = numberWords[word];
    if (value === undefined) continue;
    // "twenty-four" and "twenty four" are one number.
    const next = words[i + 1] !== undefined ? numberWords[words[i + 1]!] : undefined;
    if (value >= 20 && value % 10 === 0 && next !== undefined && next > 0 && next < 10) {
      numbers.push(value + next);
      i++;
    } else numbers.push(value);
  }
  return numbers;
}
