import type { APIRoute } from "astro";
import { getFlowchart, policyStaticPaths, type PolicyView } from "../../site/site-data.ts";

/** Each track's chart as mermaid source, to download and edit. */
export function getStaticPaths() {
  return policyStaticPaths().flatMap((path) =>
    getFlowchart(path.props.policy).charts.map((chart) => ({ params: { ...path.params, track: chart.trackId }, props: path.props })),
  );
}

export const GET: APIRoute = ({ params, props }) =>
  new Response(getFlowchart((props as PolicyView).policy).charts.find((c) => c.trackId === params.track)!.source, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
