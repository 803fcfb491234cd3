import type { APIRoute } from "astro";
import { getFlowchartSvg, policyStaticPaths, type PolicyView } from "../../site/site-data.ts";

export function getStaticPaths() {
  // Only revisions whose chart was rendered at build time have an SVG file.
  return policyStaticPaths().filter((path) => getFlowchartSvg(path.props.policy) !== undefined);
}

export const GET: APIRoute = ({ props }) =>
  new Response(getFlowchartSvg((props as PolicyView).policy), { headers: { "Content-Type": "image/svg+xml" } });
