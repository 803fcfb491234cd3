/** What two revisions are compared by: meanings, not wording (outcomes as "the following stage", timescales without their quoted words, conditions as sets). */
import { isStated, stagesOf, type Stage, type Stated, type Timescale, type Track } from "../compiler/policy-model.ts";

/**
 * A stage's outcomes as their meaning: "not resolved goes to the following stage" stays
 * the same when a stage is added, removed or moved around it (already reported), while a
 * jump to another stage is compared by that stage's id. A last stage's `final` is its
 * following step too: a stage appended after it takes over what `final` meant.
 */
export function stageOutcomesKey(stage: Stage, track: Track) {
  const following = stagesOf(track)[stage.index + 1]?.id;
  if (!isStated(stage.outcomes)) return stage.outcomes;
  return stage.outcomes.map((o) => ({
    result: o.result,
    name: o.name,
    description: o.description,
    next: (o.next.kind === "stage" && o.next.id === following) || (o.next.kind === "final" && stage.isLast) ? "following" : o.next,
  }));
}

/** Compared by role ids, so renaming a role is reported once (as role-renamed), not on every stage that uses it. */
export const recipientKey = (stage: Stage) => JSON.stringify([stage.to, stage.eachAgency]);

/**
 * What a timescale means, without the source's own `wording` (rewording a quote changes
 * nothing for a reader) and by role id rather than label (see recipientKey).
 */
export function timescalesKey(value: Stated<readonly Timescale[]>): string {
  // An empty list and "not stated" both leave the stage without a timescale.
  return isStated(value) && value.length > 0 ? JSON.stringify(value.map((t) => timescaleKey(t))) : "none";
}

export function timescaleKey(t: Timescale, withDuration = true): string {
  const duration = withDuration ? [t.limit, t.alsoStatedAs ?? null] : [];
  return JSON.stringify([
    t.for,
    isStated(t.who) ? t.who : null,
    ...duration,
    t.from,
    conditionKey(t.when),
    t.bound,
    t.asSoonAsPossible,
    t.orSooner ?? null,
    t.force,
    t.doubts,
  ]);
}

/**
 * Conditions come from YAML maps, so their keys are sorted to compare them; their lists
 * (child statuses, raisers) are sets, so those are sorted too.
 */
export function conditionKey(condition: Timescale["when"]): string | null {
  if (!condition) return null;
  return JSON.stringify(
    Object.entries(condition)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
