import type { Policy } from "../compiler/policy-model.ts";
import { createDiagnostic } from "../diagnostics/create-diagnostic.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { mermaidMaxEdges, mermaidMaxTextSize } from "./render-flowcharts.ts";

/** mermaid's ways of writing a link between two nodes, counted as it counts edges. */
const link = /(?:--+>|-\.+->|==+>|---+|-\.+-|===+)/g;

/**
 * A policy whose flowchart is past mermaid's limits: mermaid would draw a picture of its
 * error message instead, so the build stops here, naming the policy, rather than
 * publishing that picture as the chart.
 */
export function checkFlowchartSize(policy: Policy, source: string): Diagnostic | undefined {
  const at = { file: policy.file, start: { line: 1, column: 1 } };
  if (source.length > mermaidMaxTextSize)
    return createDiagnostic(
      "POLICY_FLOWCHART_TOO_LARGE",
      { measure: `${source.length} characters`, limit: `${mermaidMaxTextSize} characters` },
      at,
    );
  const edges = source.match(link)?.length ?? 0;
  if (edges > mermaidMaxEdges)
    return createDiagnostic("POLICY_FLOWCHART_TOO_LARGE", { measure: `${edges} lines`, limit: `${mermaidMaxEdges} lines` }, at);
  return undefined;
}
