/**
 * What the pages need from the compiled policies, computed once per build process.
 */
import { isStated, type Policy } from "../compiler/policy-model.ts";
import { generateFlowchart, type Flowchart } from "../generators/generate-flowchart.ts";
import { generateFormSchema, type FormDefinition } from "../generators/generate-form-schema.ts";
import { readCachedSvg } from "../render/render-flowcharts.ts";
import { loadSitePolicies } from "./load-site-policies.ts";

export interface Area {
  readonly id: string;
  /** Every revision, oldest first. */
  readonly revisions: readonly Policy[];
  readonly current: Policy;
}

/** Sort key for revisions: effective date, else published, else the file name. */
function revisionKey(policy: Policy): string {
  const date = isStated(policy.revision.effective) ? policy.revision.effective.first : isStated(policy.revision.published) ? policy.revision.published.first : "";
  return `${date}|${policy.revisionId}`;
}

export function getAreas(): Area[] {
  const byArea = new Map<string, Policy[]>();
  for (const policy of loadSitePolicies().policies) byArea.set(policy.areaId, [...(byArea.get(policy.areaId) ?? []), policy]);
  return [...byArea]
    .map(([id, policies]) => {
      const revisions = [...policies].sort((a, b) => revisionKey(a).localeCompare(revisionKey(b)));
      return { id, revisions, current: revisions.at(-1)! };
    })
    .sort((a, b) => a.current.area.displayName.localeCompare(b.current.area.displayName));
}

const flowcharts = new Map<string, Flowchart>();
export function getFlowchart(policy: Policy): Flowchart {
  let flowchart = flowcharts.get(policy.id);
  if (!flowchart) {
    flowchart = generateFlowchart(policy);
    flowcharts.set(policy.id, flowchart);
  }
  return flowchart;
}

/** The build-time SVG, or undefined when no browser was available to render it. */
export function getFlowchartSvg(policy: Policy): string | undefined {
  return readCachedSvg(getFlowchart(policy).source);
}

export function isReviewOverdue(policy: Policy, today = new Date().toISOString().slice(0, 10)): boolean {
  return isStated(policy.revision.nextReview) && policy.revision.nextReview.last < today;
}

/** Site-relative URL, honouring Astro's `base` so the site can live under a sub-path. */
export function siteUrl(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, "");
  return `${base}/${path.replace(/^\//, "")}`;
}

export const areaUrls = (areaId: string) => ({
  protocol: siteUrl(`${areaId}/`),
  flowchart: siteUrl(`${areaId}/flowchart/`),
  flowchartSvg: siteUrl(`${areaId}/flowchart.svg`),
  flowchartSource: siteUrl(`${areaId}/flowchart.mmd`),
  briefing: siteUrl(`${areaId}/briefing/`),
  form: siteUrl(`${areaId}/form/`),
  formSchema: siteUrl(`${areaId}/form.schema.json`),
  formUiSchema: siteUrl(`${areaId}/form.ui.json`),
  formType: siteUrl(`${areaId}/form-data.d.ts`),
  formValidator: siteUrl(`${areaId}/form-validator.js`),
});

const forms = new Map<string, FormDefinition>();
export function getForm(policy: Policy): FormDefinition {
  let form = forms.get(policy.id);
  if (!form) {
    form = generateFormSchema(policy);
    forms.set(policy.id, form);
  }
  return form;
}

/** getStaticPaths for the per-area pages: one page per area, for its current revision. */
export function areaStaticPaths() {
  return getAreas().map((area) => ({ params: { area: area.id }, props: { area } }));
}
