/**
 * The rows of the comparison page and its sort orders, kept out of the page because
 * Astro's getStaticPaths cannot see the page's own variables.
 */
import { isStated, stagesOf, type Policy } from "../compiler/policy-model.ts";
import { describeLimit, describeRoles } from "../generators/describe-policy.ts";
import { subjectWords } from "../generators/describe-subject.ts";

export interface CompareRow {
  readonly policy: Policy;
  readonly stages: number;
  readonly timescales: { readonly stage: string; readonly timescale?: string }[];
  readonly finalReaches: string | undefined;
  readonly routes: string[];
  /** The ways in, where the kind of concern chooses where the procedure starts. */
  readonly entryPoints: string[];
  /** Said for a joint protocol that covers adults as well as children. */
  readonly about?: string;
}

export const compareRow = (policy: Policy): CompareRow => {
  // The main procedure is the first track; the others (concerns about a service, say) are listed under it.
  const stages = stagesOf(policy.tracks[0]!);
  const last = stages.at(-1);
  return {
    policy,
    stages: stages.length,
    timescales: stages.map((s) => {
      // The stage's own reply time where it gives one, else its first limit.
      const list = isStated(s.timescales) ? s.timescales : [];
      const shown = list.find((t) => t.for === "response") ?? list[0];
      return { stage: s.name, ...(shown ? { timescale: describeLimit(shown.limit) } : {}) };
    }),
    finalReaches: last && isStated(last.to) ? describeRoles(policy, last.to, "long", "or") : undefined,
    routes: policy.routes.map((r) => r.title),
    entryPoints: policy.entryPoints.map((e) => e.title),
    ...(subjectWords(policy).note ? { about: subjectWords(policy).note } : {}),
  };
};

export const compareSorts = {
  area: {
    label: "Area",
    path: "",
    compare: (a: CompareRow, b: CompareRow) => a.policy.area.displayName.localeCompare(b.policy.area.displayName),
  },
  stages: { label: "Stages", path: "by-stages/", compare: (a: CompareRow, b: CompareRow) => b.stages - a.stages },
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
