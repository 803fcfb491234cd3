import { createDiagnostic } from "./create-diagnostic.ts";
import { diagnosticCatalogue } from "./diagnostic-catalogue.ts";
import type { Diagnostic } from "./diagnostic.ts";

/**
 * How many diagnostics of one code one file lists. Enough to see the pattern and
 * correct it; 40,000 unknown keys printed one by one would bury everything else.
 */
export const maxListedPerCode = 20;

/**
 * Lists at most `maxListedPerCode` errors of each code per file, in order, and stands
 * one CHECK_MORE_LIKE_THIS, at the first one left out, for the rest of that code.
 * Warnings are all listed: each check warns at most a few times per file.
 */
export function capDiagnostics(diagnostics: readonly Diagnostic[], limit = maxListedPerCode): Diagnostic[] {
  const listed = new Map<string, number>();
  const hidden = new Map<string, { first: Diagnostic; count: number }>();
  const kept: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity !== "error") {
      kept.push(diagnostic);
      continue;
    }
    const key = `${diagnostic.file}\u0000${diagnostic.code}`;
    const count = listed.get(key) ?? 0;
    if (count < limit) {
      listed.set(key, count + 1);
      kept.push(diagnostic);
      continue;
    }
    const more = hidden.get(key);
    if (more) more.count += 1;
    else hidden.set(key, { first: diagnostic, count: 1 });
  }
  for (const { first, count } of hidden.values()) {
    kept.push({
      ...createDiagnostic(
        "CHECK_MORE_LIKE_THIS",
        { count: count.toLocaleString("en-GB"), code: first.code, title: diagnosticCatalogue[first.code].title },
        first,
      ),
      count,
    });
  }
  return kept;
}
