/**
 * Compiles a whole policies folder and works out, per area, which revision is in force.
 * `npm run check` and the site build both use this, so they agree on every diagnostic,
 * including those that only show across files (two revisions taking effect on one day).
 */
import { createDiagnostic } from "../diagnostics/create-diagnostic.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { compilePolicyFile, todayIso, type CompileOptions, type CompileResult } from "./compile-policy.ts";
import { suggestionHint } from "../diagnostics/suggest-closest.ts";
import { isStated, type Policy } from "./policy-model.ts";

export type RevisionStatus = "current" | "superseded" | "upcoming";

export interface AreaRevision {
  readonly policy: Policy;
  readonly status: RevisionStatus;
  /** The revision before this one by effective date. */
  readonly previous?: Policy;
  /** The revision that replaced (or will replace) this one. */
  readonly next?: Policy;
}

export interface AreaRevisions {
  readonly areaId: string;
  /** Oldest first, by effective date. */
  readonly revisions: readonly AreaRevision[];
  /**
   * The revision in force today: the latest whose effective date is not in the future.
   * When every revision is still to come, the first of them (the site says when it
   * comes into force).
   */
  readonly current: Policy;
}

export interface CompiledFile extends CompileResult {
  readonly file: string;
}

export interface PolicySet {
  readonly files: readonly CompiledFile[];
  readonly areas: readonly AreaRevisions[];
  /** Every diagnostic of every file, then those across files. */
  readonly diagnostics: readonly Diagnostic[];
  /** The day it was compiled for: whether a review is overdue, which revision is in force. */
  readonly today: string;
}

const publishedDay = (p: Policy) => (isStated(p.revision.published) ? p.revision.published.first : undefined);

/** The first day a revision is in force; a month or year counts from its first day. */
const effectiveDay = (policy: Policy): string | undefined =>
  isStated(policy.revision.effective) ? policy.revision.effective.first : undefined;

function effectiveLocation(result: CompiledFile) {
  return result.locate?.path(["revision", "effective"]) ?? { file: result.file, start: { line: 1, column: 1 } };
}

/**
 * Orders an area's revisions: by effective date, and where a date is not stated by
 * `supersedes` (the revision it replaced) and then by published date. A revision that
 * none of these places among the others cannot be ordered.
 */
function orderRevisions<T extends CompiledFile & { policy: Policy }>(results: readonly T[]) {
  const byId = new Map(results.map((r) => [r.policy.revisionId, r]));
  const unknownSupersedes: { result: T; id: string }[] = [];
  /** `supersedes` that contradicts the dates, or names a revision another one already replaced. */
  const laterSuperseded: { result: T; other: T }[] = [];
  const supersededTwice: { result: T; other: T; superseded: T }[] = [];
  const after = new Map<T, Set<T>>(results.map((r) => [r, new Set<T>()]));
  const linked = new Set<T>();
  const replacedBy = new Map<T, T>();
  for (const result of results) {
    const id = result.policy.revision.supersedes;
    if (id === undefined) continue;
    const earlier = byId.get(id);
    if (!earlier || earlier === result) {
      unknownSupersedes.push({ result, id });
      continue;
    }
    const [mine, theirs] = [effectiveDay(result.policy), effectiveDay(earlier.policy)];
    if (mine !== undefined && theirs !== undefined && theirs > mine) {
      laterSuperseded.push({ result, other: earlier });
      continue;
    }
    const first = replacedBy.get(earlier);
    if (first) supersededTwice.push({ result, other: first, superseded: earlier });
    else replacedBy.set(earlier, result);
    after.get(result)!.add(earlier);
    linked.add(result).add(earlier);
  }
  // An undated revision that names the one it replaced sorts straight after it.
  const key = (r: T, depth = 0): string | undefined => {
    const own = effectiveDay(r.policy);
    if (own !== undefined) return own;
    const earlier = r.policy.revision.supersedes !== undefined ? byId.get(r.policy.revision.supersedes) : undefined;
    const after = earlier && earlier !== r && depth < results.length ? key(earlier, depth + 1) : undefined;
    return after !== undefined ? `${after}~` : publishedDay(r.policy);
  };
  // Dated revisions follow each other by date.
  const dated = results.filter((r) => effectiveDay(r.policy) !== undefined);
  for (const later of dated)
    for (const earlier of dated) if (effectiveDay(earlier.policy)! < effectiveDay(later.policy)!) after.get(later)!.add(earlier);
  const unordered =
    results.length > 1
      ? results.filter((r) => effectiveDay(r.policy) === undefined && !linked.has(r) && publishedDay(r.policy) === undefined)
      : [];
  // Kahn's algorithm, taking the earliest available revision first, so the order is stable.
  const ordered: T[] = [];
  const placed = new Set<T>();
  const inLoop: T[] = [];
  while (ordered.length < results.length) {
    const ready = results.filter((r) => !placed.has(r) && [...after.get(r)!].every((e) => placed.has(e)));
    if (ready.length === 0) {
      // `supersedes` goes round in a circle: those revisions cannot be ordered.
      for (const r of results) if (!placed.has(r)) inLoop.push(r);
      break;
    }
    ready.sort((a, b) => (key(a) ?? "9999").localeCompare(key(b) ?? "9999") || a.policy.revisionId.localeCompare(b.policy.revisionId));
    ordered.push(ready[0]!);
    placed.add(ready[0]!);
  }
  return { ordered, unordered: unordered.filter((r) => !inLoop.includes(r)), unknownSupersedes, laterSuperseded, supersededTwice, inLoop };
}

/**
 * Orders one area's revisions and gives each its status. Pure: the tests call it with
 * any "today". Returns the cross-file diagnostics too; an area with an error among its
 * revisions is left out, as a file with an error is.
 */
export function selectRevisions(
  areaId: string,
  compiled: readonly CompiledFile[],
  today: string,
): { area?: AreaRevisions; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const withPolicy = compiled.filter((c): c is CompiledFile & { policy: Policy } => c.policy !== undefined);
  if (withPolicy.length === 0) return { diagnostics };
  const area = withPolicy[0]!.policy.area.displayName;

  const { ordered: dated, unordered, unknownSupersedes, laterSuperseded, supersededTwice, inLoop } = orderRevisions(withPolicy);
  const supersedesAt = (result: CompiledFile) => result.locate?.path(["revision", "supersedes"]) ?? effectiveLocation(result);
  for (const { result, other } of laterSuperseded) {
    diagnostics.push(
      createDiagnostic(
        "POLICY_SUPERSEDES_LATER",
        { revision: result.policy.revisionId, other: other.policy.revisionId, date: effectiveDay(other.policy)! },
        supersedesAt(result),
      ),
    );
  }
  for (const { result, other, superseded } of supersededTwice) {
    diagnostics.push(
      createDiagnostic(
        "POLICY_SUPERSEDED_TWICE",
        { revision: result.policy.revisionId, other: other.policy.revisionId, superseded: superseded.policy.revisionId },
        supersedesAt(result),
      ),
    );
  }
  if (inLoop.length > 0) {
    const cycle = inLoop.map((r) => `\`${r.policy.revisionId}\``).join(", ");
    for (const result of inLoop) diagnostics.push(createDiagnostic("POLICY_SUPERSEDES_LOOP", { area, cycle }, supersedesAt(result)));
  }
  for (const { result, id } of unknownSupersedes) {
    const ids = withPolicy.map((c) => c.policy.revisionId).filter((r) => r !== result.policy.revisionId);
    diagnostics.push(
      createDiagnostic(
        "POLICY_UNKNOWN_REFERENCE",
        { kind: `revision of ${area}`, id, suggestion: suggestionHint(id, ids, "revision") },
        result.locate?.path(["revision", "supersedes"]) ?? effectiveLocation(result),
      ),
    );
  }
  for (const result of unordered) {
    diagnostics.push(
      createDiagnostic(
        "POLICY_REVISION_UNDATED",
        { area, count: withPolicy.length, revision: result.policy.revisionId },
        effectiveLocation(result),
      ),
    );
  }
  for (let i = 1; i < dated.length; i++) {
    const [before, after] = [dated[i - 1]!, dated[i]!];
    const day = effectiveDay(after.policy);
    if (day !== undefined && day === effectiveDay(before.policy)) {
      diagnostics.push(
        createDiagnostic(
          "POLICY_REVISION_SAME_DAY",
          { area, revision: after.policy.revisionId, other: before.policy.revisionId, date: day },
          effectiveLocation(after),
        ),
      );
    }
  }
  if (diagnostics.length > 0) return { diagnostics };

  const policies = dated.map((c) => c.policy);
  // A revision whose effective date is not stated is taken to be in force once it is in
  // the order: it replaced the one before it, and the site says its date is not known.
  const inForce = policies.filter((p) => (effectiveDay(p) ?? publishedDay(p) ?? "") <= today);
  const current = inForce.at(-1) ?? policies[0]!;
  if (inForce.length === 0) {
    diagnostics.push(
      createDiagnostic(
        "POLICY_AREA_NOT_IN_FORCE",
        { area, revision: current.revisionId, date: effectiveDay(current)! },
        effectiveLocation(dated[0]!),
      ),
    );
  }
  const currentIndex = policies.indexOf(current);
  const revisions = policies.map((policy, i) => ({
    policy,
    // Before any revision is in force, the one shown as current is still upcoming.
    status: (i === currentIndex && inForce.length > 0 ? "current" : i < currentIndex ? "superseded" : "upcoming") as RevisionStatus,
    ...(i > 0 ? { previous: policies[i - 1]! } : {}),
    ...(i < policies.length - 1 ? { next: policies[i + 1]! } : {}),
  }));
  return { area: { areaId, revisions, current }, diagnostics };
}

/**
 * `previous` is the set compiled before: a file whose text has not changed since keeps
 * its result (the same objects), so `npm run dev` recompiles only what was saved. Only
 * on the same day, as a file's warnings depend on the day.
 */
export function compilePolicySet(files: readonly string[], options: CompileOptions = {}, previous?: PolicySet): PolicySet {
  const today = options.today ?? todayIso();
  const before = new Map(previous?.today === today ? previous.files.map((f) => [f.file, f]) : []);
  const compiled: CompiledFile[] = files.map((file) => {
    const last = before.get(file);
    const result = compilePolicyFile(file, { today }, last);
    return result === last ? last : { ...result, file };
  });
  const byArea = new Map<string, CompiledFile[]>();
  for (const result of compiled) {
    const areaId = result.policy?.areaId;
    if (areaId) byArea.set(areaId, [...(byArea.get(areaId) ?? []), result]);
  }
  const areas: AreaRevisions[] = [];
  const across: Diagnostic[] = [];
  for (const [areaId, results] of byArea) {
    // An area with a broken file is not published at all, so a half-published history
    // never shows an older revision as current.
    // Its revisions are still checked together, so one broken file does not hide another's error.
    const broken = compiled.some((c) => !c.policy && c.file.split(/[\\/]/).at(-2) === areaId);
    const selected = selectRevisions(areaId, results, today);
    across.push(...selected.diagnostics);
    if (selected.area && !broken) areas.push(selected.area);
  }
  return { files: compiled, areas, diagnostics: [...compiled.flatMap((c) => c.diagnostics), ...across], today };
}
