/**
 * Compiles a whole policies folder and works out, per area, which revision is in force.
 * `npm run check` and the site build both use this, so they agree on every diagnostic,
 * including those that only show across files (two revisions taking effect on one day).
 */
import { createDiagnostic } from "../diagnostics/create-diagnostic.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { compilePolicyFile, todayIso, type CompileOptions, type CompileResult } from "./compile-policy.ts";
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
}

/** The first day a revision is in force; a month or year counts from its first day. */
const effectiveDay = (policy: Policy): string | undefined =>
  isStated(policy.revision.effective) ? policy.revision.effective.first : undefined;

function effectiveLocation(result: CompiledFile) {
  return result.locate?.path(["revision", "effective"]) ?? { file: result.file, start: { line: 1, column: 1 } };
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

  if (withPolicy.length > 1) {
    for (const result of withPolicy.filter((c) => effectiveDay(c.policy) === undefined)) {
      diagnostics.push(
        createDiagnostic(
          "POLICY_REVISION_UNDATED",
          { area, count: withPolicy.length, revision: result.policy.revisionId },
          effectiveLocation(result),
        ),
      );
    }
  }
  const dated = [...withPolicy].sort(
    (a, b) =>
      (effectiveDay(a.policy) ?? "").localeCompare(effectiveDay(b.policy) ?? "") || a.policy.revisionId.localeCompare(b.policy.revisionId),
  );
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
  const inForce = policies.filter((p) => (effectiveDay(p) ?? "") <= today);
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

export function compilePolicySet(files: readonly string[], options: CompileOptions = {}): PolicySet {
  const today = options.today ?? todayIso();
  const compiled: CompiledFile[] = files.map((file) => ({ ...compilePolicyFile(file, { today }), file }));
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
    if (compiled.some((c) => !c.policy && c.file.split(/[\\/]/).at(-2) === areaId)) continue;
    const selected = selectRevisions(areaId, results, today);
    across.push(...selected.diagnostics);
    if (selected.area) areas.push(selected.area);
  }
  return { files: compiled, areas, diagnostics: [...compiled.flatMap((c) => c.diagnostics), ...across] };
}
