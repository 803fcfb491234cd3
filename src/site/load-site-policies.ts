import { compilePolicyFile } from "../compiler/compile-policy.ts";
import { findPolicyFiles } from "../compiler/find-policy-files.ts";
import type { Policy } from "../compiler/policy-model.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { formatDiagnostic, summariseDiagnostics } from "../diagnostics/format-diagnostic.ts";

export interface SitePolicies {
  readonly policies: readonly Policy[];
  readonly diagnostics: readonly Diagnostic[];
  /** The printed report, as `npm run check` prints it. */
  readonly report: string;
}

/** Policies are compiled once per build process and shared by every page. */
let cached: SitePolicies | undefined;

/** The policies folder; ESCALATION_KIT_POLICIES builds a site from another (tests, previews). */
export const policiesRoot = (): string => process.env.ESCALATION_KIT_POLICIES ?? "policies";

export function loadSitePolicies(root = policiesRoot()): SitePolicies {
  if (cached) return cached;
  const files = findPolicyFiles([root]);
  const policies: Policy[] = [];
  const diagnostics: Diagnostic[] = [];
  const lines: string[] = [];
  for (const file of files) {
    const result = compilePolicyFile(file);
    diagnostics.push(...result.diagnostics);
    for (const d of result.diagnostics) lines.push(formatDiagnostic(d, { source: result.source }), "");
    if (result.policy) policies.push(result.policy);
  }
  lines.push(summariseDiagnostics(diagnostics, files.length));
  cached = { policies, diagnostics, report: lines.join("\n") };
  return cached;
}
