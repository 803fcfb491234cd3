import { closest, distance } from "fastest-levenshtein";

/**
 * The candidate closest to `value`, if it is close enough to be a likely typo
 * (at most a third of the word differs). Used for "did you mean" hints.
 */
export function suggestClosest(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const normalised = value.toLowerCase().replace(/[\s_]+/g, "-");
  const best = closest(normalised, [...candidates]);
  const limit = Math.max(2, Math.ceil(best.length / 3));
  return distance(normalised, best) <= limit ? best : undefined;
}

/** A hint sentence: "Did you mean `x`?" or the list of what is allowed. */
export function suggestionHint(value: string, candidates: readonly string[], what: string): string {
  const best = suggestClosest(value, candidates);
  if (best !== undefined) return `Did you mean \`${best}\`?`;
  if (candidates.length === 0) return `No ${what} is defined yet; define it first.`;
  // Every one, never cut short: an author looking for the right name needs the whole list.
  return `Use one of: ${candidates.map((c) => `\`${c}\``).join(", ")}.`;
}
