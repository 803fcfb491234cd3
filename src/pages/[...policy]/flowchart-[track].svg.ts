import type { APIRoute } from "astro";
import { getChartSvg, getFlowchart, policyStaticPaths, type PolicyView } from "../../site/site-data.ts";

/** Each track's chart as an SVG image, where it was rendered at build time. */
export function getStaticPaths() {
  return policyStaticPaths().flatMap((path) =>
    getFlowchart(path.props.policy)
      .charts.filter((chart) => getChartSvg(path.props.policy, chart.trackId) !== undefined)
      .map((chart) => ({ params: { ...path.params, track: chart.trackId }, props: path.props })),
  );
}

export const GET: APIRoute = ({ params, props }) =>
  new Response(getChartSvg((props as PolicyView).policy, params.track!), { headers: { "Content-Type": "image/svg+xml" } });
