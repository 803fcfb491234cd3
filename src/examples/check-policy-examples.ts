/**
 * `npm run check` and the build run every worked example of every policy (see
 * run-policy-example.ts) and report, at the expectation in the YAML, each that no longer
 * holds: a revision changed a timescale, or the bank holidays moved.
 */
import type { CompiledFile } from "../compiler/compile-policy-set.ts";
import { createDiagnostic } from "../diagnostics/create-diagnostic.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { generateFormRuntime } from "../generators/generate-form-runtime.ts";
import { formatLongDate } from "../dates/format-long-date.ts";
import { runPolicyExample } from "./run-policy-example.ts";

export function checkPolicyExamples(files: readonly CompiledFile[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const policy = file.policy;
    // A file with errors has no policy, or one whose examples may name what is not there.
    if (!policy || policy.examples.length === 0 || file.diagnostics.some((d) => d.severity === "error")) continue;
    const runtime = generateFormRuntime(policy);
    policy.examples.forEach((example, i) => {
      const outcome = runPolicyExample(policy, example, runtime);
      const at = (...path: (string | number)[]) =>
        file.locate?.path(["examples", i, "expect", ...path]) ?? { file: policy.file, start: { line: 1, column: 1 } };
      const fail = (what: string, expected: string, actual: string, location: ReturnType<typeof at>) =>
        diagnostics.push(createDiagnostic("POLICY_EXAMPLE_FAILS", { title: example.title, what, expected, actual }, location));
      const { expect } = example;
      if (expect.dueBy !== undefined) {
        const actual = outcome.due.due?.date ?? "none";
        if (actual !== expect.dueBy)
          fail(
            "the respond-by date",
            expect.dueBy === "none" ? "gives no date" : `gives ${formatLongDate(expect.dueBy)}`,
            actual === "none" ? `gives no date (${outcome.due.reason ?? "no reason given"})` : `gives ${formatLongDate(actual)}`,
            at("dueBy"),
          );
      }
      if (expect.dueTime !== undefined && outcome.due.due?.time !== expect.dueTime)
        fail(
          "the respond-by time",
          `gives ${expect.dueTime}`,
          outcome.due.due?.time ? `gives ${outcome.due.due.time}` : "gives no time",
          at("dueTime"),
        );
      expect.shows.forEach((id, k) => {
        if (!outcome.shown.has(id)) fail(`the side action \`${id}\``, "shows it", "does not show it", at("shows", k));
      });
      expect.hides.forEach((id, k) => {
        if (outcome.shown.has(id)) fail(`the side action \`${id}\``, "does not show it", "shows it", at("hides", k));
      });
      if (expect.emergencyStop !== undefined && expect.emergencyStop !== outcome.emergencyStop)
        fail(
          "the emergency stop",
          expect.emergencyStop ? "stops" : "goes on",
          outcome.emergencyStop ? "stops" : "goes on",
          at("emergencyStop"),
        );
    });
  }
  return diagnostics;
}
