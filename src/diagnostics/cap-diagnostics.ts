import { createDiagnostic, type DiagnosticLocation } from "./create-diagnostic.ts";
import { diagnosticCatalogue, type DiagnosticCode } from "./diagnostic-catalogue.ts";
import type { Diagnostic } from "./diagnostic.ts";

/**
 * How many diagnostics of one code one file lists. Enough to see the pattern and
 * correct it; 40,000 unknown keys printed one by one would bury everything else.
 */
export const maxListedPerCode = 20;

/** The summary standing for `count` problems of `code` left unlisted, placed at the first of them. */
function moreLikeThis(code: DiagnosticCode, count: number, at: DiagnosticLocation): Diagnostic {
  return {
    ...createDiagnostic("CHECK_MORE_LIKE_THIS", { count: count.toLocaleString("en-GB"), code, title: diagnosticCatalogue[code].title }, at),
    count,
  };
}

/**
 * The first `limit` items of each code, in order, and one CHECK_MORE_LIKE_THIS for the
 * rest of each code. Generic, so the schema step can choose what to list before it
 * words anything.
 */
export function listUpTo<T>(
  items: readonly T[],
  codeOf: (item: T) => DiagnosticCode,
  locationOf: (item: T) => DiagnosticLocation,
  limit = maxListedPerCode,
): { listed: T[]; summaries: Diagnostic[] } {
  const listedCount = new Map<DiagnosticCode, number>();
  const hidden = new Map<DiagnosticCode, { first: T; count: number }>();
  const listed: T[] = [];
  for (const item of items) {
    const code = codeOf(item);
    const count = listedCount.get(code) ?? 0;
    if (count < limit) {
      listedCount.set(code, count + 1);
      listed.push(item);
      continue;
    }
    const more = hidden.get(code);
    if (more) more.count += 1;
    else hidden.set(code, { first: item, count: 1 });
  }
  return { listed, summaries: [...hidden].map(([code, { first, count }]) => moreLikeThis(code, count, locationOf(first))) };
}

/**
 * Lists at most `maxListedPerCode` errors of each code per file, in order, and stands
 * one CHECK_MORE_LIKE_THIS, at the first one left out, for the rest of that code (adding
 * to a summary already made, as the schema step makes its own). Warnings are all listed:
 * each check warns at most a few times per file.
 */
export function capDiagnostics(diagnostics: readonly Diagnostic[], limit = maxListedPerCode): Diagnostic[] {
  const summaries = diagnostics.filter((d) => d.code === "CHECK_MORE_LIKE_THIS");
  const errors = diagnostics.filter((d) => d.severity === "error" && d.code !== "CHECK_MORE_LIKE_THIS");
  const { listed, summaries: more } = listUpTo(
    errors,
    (d) => d.code,
    (d) => d,
    limit,
  );
  const kept = new Set(listed);
  // In the order they came, with every summary at the end.
  return [
    ...diagnostics.filter((d) => d.code !== "CHECK_MORE_LIKE_THIS" && (d.severity !== "error" || kept.has(d))),
    ...summaries,
    ...more,
  ];
}
