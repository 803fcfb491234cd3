/**
 * What the pages need from the compiled policies, computed once per build process.
 */
import { isStated, type Policy } from "../compiler/policy-model.ts";
import { readCachedSvg } from "../render/render-flowcharts.ts";
import type { AreaRevision } from "../compiler/compile-policy-set.ts";
import { loadSitePolicies } from "./load-site-policies.ts";
import { getFlowchart } from "./policy-artifacts.ts";

export { getFlowchart, getForm } from "./policy-artifacts.ts";

export interface Area {
  readonly id: string;
  /** Every revision, oldest first by effective date, with its status. */
  readonly revisions: readonly AreaRevision[];
  /** The revision in force (or, before any is, the first to come). */
  readonly current: Policy;
  /** False while every revision is still to come: `current` is then not in force yet. */
  readonly inForce: boolean;
}

export function getAreas(): Area[] {
  return loadSitePolicies()
    .areas.map((a) => ({
      id: a.areaId,
      revisions: a.revisions,
      current: a.current,
      inForce: a.revisions.some((r) => r.policy === a.current && r.status === "current"),
    }))
    .sort((a, b) => a.current.area.displayName.localeCompare(b.current.area.displayName));
}

/**
 * One policy revision as a set of pages: at the area's plain address (`/<area>/`, always
 * the current revision) or at the revision's permanent address (`/<area>/<revision>/`).
 */
export interface PolicyView {
  readonly area: Area;
  readonly revision: AreaRevision;
  readonly policy: Policy;
  readonly permanent: boolean;
}

export function getViews(): PolicyView[] {
  return getAreas().flatMap((area) => {
    const current = area.revisions.find((r) => r.policy === area.current)!;
    return [
      { area, revision: current, policy: area.current, permanent: false },
      ...area.revisions.map((revision) => ({ area, revision, policy: revision.policy, permanent: true })),
    ];
  });
}

/** The `[...policy]` route parameter: "solihull" or "solihull/2017-04". */
export const viewPath = (view: Pick<PolicyView, "policy" | "permanent">): string =>
  view.permanent ? `${view.policy.areaId}/${view.policy.revisionId}` : view.policy.areaId;

/** getStaticPaths for every per-policy page: the plain address and each permanent one. */
export function policyStaticPaths() {
  return getViews().map((view) => ({ params: { policy: viewPath(view) }, props: view }));
}

/** The view of a revision at its permanent address. */
export function permanentView(area: Area, policy: Policy): PolicyView {
  return { area, revision: area.revisions.find((r) => r.policy === policy)!, policy, permanent: true };
}

/** A track's build-time SVG, or undefined when no browser was available to render it. */
export function getChartSvg(policy: Policy, trackId: string): string | undefined {
  const chart = getFlowchart(policy).charts.find((c) => c.trackId === trackId);
  return chart ? readCachedSvg(chart.source) : undefined;
}

/** Whether every chart of the policy was drawn at build time. */
export function hasAllChartSvgs(policy: Policy): boolean {
  return getFlowchart(policy).charts.every((c) => readCachedSvg(c.source) !== undefined);
}

export function isReviewOverdue(policy: Policy, today = new Date().toISOString().slice(0, 10)): boolean {
  return isStated(policy.revision.nextReview) && policy.revision.nextReview.last < today;
}

/** Site-relative URL, honouring Astro's `base` so the site can live under a sub-path. */
export function siteUrl(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, "");
  return `${base}/${path.replace(/^\//, "")}`;
}

/** Every address of one policy view; `base` is `<area>/` or `<area>/<revision>/`. */
function urlsUnder(base: string) {
  return {
    protocol: siteUrl(base),
    flowchart: siteUrl(`${base}flowchart/`),
    /** One chart per track: its SVG image and its mermaid source. */
    chartSvg: (trackId: string) => siteUrl(`${base}flowchart-${trackId}.svg`),
    chartSource: (trackId: string) => siteUrl(`${base}flowchart-${trackId}.mmd`),
    briefing: siteUrl(`${base}briefing/`),
    form: siteUrl(`${base}form/`),
    formSchema: siteUrl(`${base}form.schema.json`),
    formUiSchema: siteUrl(`${base}form.ui.json`),
    formType: siteUrl(`${base}form-data.d.ts`),
    formValidator: siteUrl(`${base}form-validator.js`),
    policyJson: siteUrl(`${base}policy.json`),
    changes: siteUrl(`${base}changes/`),
    changesJson: siteUrl(`${base}changes.json`),
  };
}

export type ViewUrls = ReturnType<typeof urlsUnder>;

/** The area's plain addresses, which always show the current revision. */
export const areaUrls = (areaId: string): ViewUrls & { history: string } => ({
  ...urlsUnder(`${areaId}/`),
  history: siteUrl(`${areaId}/history/`),
});

export const viewUrls = (view: Pick<PolicyView, "policy" | "permanent">): ViewUrls & { history: string } => ({
  ...urlsUnder(`${viewPath(view)}/`),
  history: siteUrl(`${view.policy.areaId}/history/`),
});

/** A revision's permanent addresses. */
export const revisionUrls = (policy: Policy) => viewUrls({ policy, permanent: true });

/** getStaticPaths for pages that exist once per area (its revision history). */
export function areaStaticPaths() {
  return getAreas().map((area) => ({ params: { area: area.id }, props: { area } }));
}
