import { identifyPolicyFile, todayIso } from "../compiler/compile-policy.ts";
import { compilePolicySet, type AreaRevisions, type CompiledFile, type PolicySet } from "../compiler/compile-policy-set.ts";
import { findPolicyFiles } from "../compiler/find-policy-files.ts";
import type { Policy } from "../compiler/policy-model.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { formatDiagnostic, summariseDiagnostics } from "../diagnostics/format-diagnostic.ts";
import { checkPolicyExamples } from "../examples/check-policy-examples.ts";
import { checkFlowchartSize } from "../render/check-flowchart-size.ts";
import { getFlowchart } from "./policy-artifacts.ts";

export interface SitePolicies {
  readonly policies: readonly Policy[];
  /** Each area's revisions in order, with the one in force. */
  readonly areas: readonly AreaRevisions[];
  readonly diagnostics: readonly Diagnostic[];
  /** The printed report, as `npm run check` prints it. */
  readonly report: string;
}

/** Policies whose flowchart mermaid could not draw (too large), as `npm run check` reports them too. */
export function flowchartDiagnostics(policies: readonly Policy[]): Diagnostic[] {
  return policies.flatMap((policy) => getFlowchart(policy).charts.flatMap((chart) => checkFlowchartSize(policy, chart.source) ?? []));
}

/**
 * Policies are compiled once per build process and shared by every page. Astro loads this
 * module twice in one process (for the build integration, and bundled for the pages), and
 * each copy would compile every policy again: the result is kept on globalThis, under a
 * key of its own, so both copies share one.
 */
const cacheKey = Symbol.for("escalation-kit.site-policies");
/**
 * What `npm run dev` keeps from one compile to the next: the set compiled last and the
 * day it was compiled on, so that on a save only the changed file is compiled again (at
 * 200 areas, compiling everything took most of the 2.5 s from saving to the page
 * reloading); and the examples' and report's results of each unchanged file.
 */
const lastKey = Symbol.for("escalation-kit.site-policies-last");
interface LastCompile {
  readonly set: PolicySet;
  readonly examples: WeakMap<CompiledFile, Diagnostic[]>;
  readonly formatted: WeakMap<Diagnostic, string>;
}
const store = globalThis as { [cacheKey]?: SitePolicies; [lastKey]?: LastCompile };

/** The policies folder; ESCALATION_KIT_POLICIES builds a site from another (tests, previews). */
export const policiesRoot = (): string => process.env.ESCALATION_KIT_POLICIES ?? "policies";

/** Forgets the compiled policies, so `npm run dev` picks up an edited YAML file. */
export function clearSitePolicies(): void {
  delete store[cacheKey];
}

export function loadSitePolicies(root = policiesRoot()): SitePolicies {
  const cached = store[cacheKey];
  if (cached) return cached;
  const today = todayIso();
  const last = store[lastKey]?.set.today === today ? store[lastKey] : undefined;
  const files = findPolicyFiles([root]);
  const set = compilePolicySet(files, { today }, last?.set);
  const examples = last?.examples ?? new WeakMap<CompiledFile, Diagnostic[]>();
  const formatted = last?.formatted ?? new WeakMap<Diagnostic, string>();
  const policies = set.areas.flatMap((a) => a.revisions.map((r) => r.policy));
  const exampleDiagnostics = set.files.flatMap((file) => {
    let found = examples.get(file);
    if (!found) examples.set(file, (found = checkPolicyExamples([file])));
    return found;
  });
  const diagnostics = [...set.diagnostics, ...flowchartDiagnostics(policies), ...exampleDiagnostics];
  const sources = new Map(set.files.map((f) => [identifyPolicyFile(f.file).file, f.source]));
  const lines: string[] = [];
  for (const d of diagnostics) {
    let text = formatted.get(d);
    if (text === undefined) formatted.set(d, (text = formatDiagnostic(d, { source: sources.get(d.file) ?? "" })));
    lines.push(text, "");
  }
  lines.push(summariseDiagnostics(diagnostics, files.length));
  const loaded = {
    policies,
    areas: set.areas,
    diagnostics,
    report: lines.join("\n"),
  };
  store[cacheKey] = loaded;
  store[lastKey] = { set, examples, formatted };
  return loaded;
}
