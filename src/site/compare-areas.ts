/**
 * The rows of the comparison page and its sort orders, kept out of the page because
 * Astro's getStaticPaths cannot see the page's own variables.
 */
import { isStated, routesOf, stagesOf, type AbsenceKind, type Policy, type Track } from "../compiler/policy-model.ts";
import { describeLimit, describeRoles } from "../generators/describe-policy.ts";
import { subjectWords } from "../generators/describe-subject.ts";

export interface CompareRow {
  readonly policy: Policy;
  /** The procedure this row shows: each of an area's procedures has a row of its own. */
  readonly track: Track;
  /** Which of the area's procedures it is ("2 of 4"), when the area has more than one. */
  readonly trackOf?: { readonly position: number; readonly count: number };
  readonly stages: number;
  /** Why the row has no stages, when the source's stages are not stated or not seen (then `stages` is 0 and says nothing). */
  readonly stagesAbsent?: AbsenceKind;
  /** Each stage's timescale, or why there is none: not stated, or not seen in the source. */
  readonly timescales: { readonly stage: string; readonly timescale?: string; readonly absent?: AbsenceKind }[];
  readonly finalReaches: string | undefined;
  /** Why `finalReaches` is missing, when it is. */
  readonly finalAbsent?: AbsenceKind;
  readonly routes: string[];
  /** The ways in, where the kind of concern chooses where the procedure starts. */
  readonly entryPoints: string[];
  /** Said for a joint protocol that covers adults as well as children. */
  readonly about?: string;
}

/** One row per procedure (track) of the policy, in the policy's order. */
export const compareRows = (policy: Policy): CompareRow[] =>
  policy.tracks.map((track, index) => {
    const stages = stagesOf(track);
    const last = stages.at(-1);
    const stageIds = new Set(stages.map((s) => s.id));
    return {
      policy,
      track,
      ...(policy.tracks.length > 1 ? { trackOf: { position: index + 1, count: policy.tracks.length } } : {}),
      stages: stages.length,
      ...(isStated(track.stages) ? {} : { stagesAbsent: track.stages.absent }),
      timescales: stages.map((s) => {
        // The stage's own reply time where it gives one, else its first limit.
        const list = isStated(s.timescales) ? s.timescales : [];
        const shown = list.find((t) => t.for === "response") ?? list[0];
        return shown
          ? { stage: s.name, timescale: describeLimit(shown.limit) }
          : { stage: s.name, absent: isStated(s.timescales) ? "not-stated" : s.timescales.absent };
      }),
      finalReaches: last && isStated(last.to) ? describeRoles(policy, last.to, "long", "or") : undefined,
      // The source may not state it, or it may be in a part we did not see: each said as such.
      ...(last && isStated(last.to)
        ? {}
        : { finalAbsent: !isStated(track.stages) ? track.stages.absent : last && !isStated(last.to) ? last.to.absent : "not-stated" }),
      routes: routesOf(policy, track).map((r) => r.title),
      entryPoints: policy.entryPoints.filter((e) => stageIds.has(e.stageId)).map((e) => e.title),
      ...(subjectWords(policy).note ? { about: subjectWords(policy).note } : {}),
    };
  });

export const compareSorts = {
  area: {
    label: "Area",
    path: "",
    // An area's procedures stay in the policy's order.
    compare: (a: CompareRow, b: CompareRow) =>
      a.policy.area.displayName.localeCompare(b.policy.area.displayName) || (a.trackOf?.position ?? 1) - (b.trackOf?.position ?? 1),
  },
  // Stages not stated or not seen sort last, after every count.
  stages: {
    label: "Stages",
    path: "by-stages/",
    compare: (a: CompareRow, b: CompareRow) => (a.stagesAbsent ? 1 : 0) - (b.stagesAbsent ? 1 : 0) || b.stages - a.stages,
  },
  // "Not stated" sorts last, after every named recipient.
  final: {
    label: "Last stage reaches",
    path: "by-last-stage/",
    compare: (a: CompareRow, b: CompareRow) =>
      (a.finalReaches === undefined ? 1 : 0) - (b.finalReaches === undefined ? 1 : 0) ||
      (a.finalReaches ?? "").localeCompare(b.finalReaches ?? ""),
  },
  routes: {
    label: "Routes that skip stages",
    path: "by-routes/",
    compare: (a: CompareRow, b: CompareRow) => b.routes.length - a.routes.length,
  },
} as const;
export type CompareSortKey = keyof typeof compareSorts;
