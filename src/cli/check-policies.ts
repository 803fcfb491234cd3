/**
 * `npm run check [-- paths...] [--strict]`: compiles every policy, prints every
 * diagnostic of every file, and exits 1 when any error is found (with --strict, any
 * warning too, so a policy group's CI can fail on an overdue review).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { identifyPolicyFile } from "../compiler/compile-policy.ts";
import { compilePolicySet } from "../compiler/compile-policy-set.ts";
import { findPolicyFiles } from "../compiler/find-policy-files.ts";
import { formatDiagnostic, summariseDiagnostics } from "../diagnostics/format-diagnostic.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { flowchartDiagnostics } from "../site/load-site-policies.ts";
import { checkPolicyExamples } from "../examples/check-policy-examples.ts";

const args = process.argv.slice(2);
const strict = args.includes("--strict");
const todayArg = args.find((a) => a.startsWith("--today="))?.slice("--today=".length);
const targets = args.filter((a) => !a.startsWith("--"));
const files = findPolicyFiles(targets.length > 0 ? targets : ["policies"]);
const colour = process.stdout.isTTY && !process.env.NO_COLOR;

// Compiled as a set with every revision of the areas named: some mistakes only show
// across files (two revisions taking effect on the same day), and whether a new revision
// is the first to be in force depends on the others. Only the named files are reported.
const areaDirs = [...new Set(files.map((f) => path.dirname(f)))].filter((dir) => existsSync(dir));
const areaFiles = [...new Set([...files, ...findPolicyFiles(areaDirs)].map((f) => path.resolve(f)))];
const set = compilePolicySet(areaFiles, todayArg ? { today: todayArg } : {});
const sources = new Map(set.files.map((f) => [identifyPolicyFile(f.file).file, f.source]));
const named = new Set(files.map((f) => identifyPolicyFile(f).file));
const policies = set.areas.flatMap((a) => a.revisions.map((r) => r.policy));
const all: readonly Diagnostic[] = [...set.diagnostics, ...flowchartDiagnostics(policies), ...checkPolicyExamples(set.files)].filter((d) =>
  named.has(d.file),
);
for (const diagnostic of all) {
  console.log(formatDiagnostic(diagnostic, { source: sources.get(diagnostic.file) ?? "", colour }));
  console.log();
}
if (files.length === 0) console.log("No policy files found.");
console.log(summariseDiagnostics(all, files.length));
const failed = all.some((d) => d.severity === "error" || (strict && d.severity === "warning"));
process.exitCode = failed || files.length === 0 ? 1 : 0;
