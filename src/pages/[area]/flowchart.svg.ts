import type { APIRoute } from "astro";
import { getAreas, getFlowchartSvg, type Area } from "../../site/site-data.ts";

export function getStaticPaths() {
  // Only areas whose chart was rendered at build time have an SVG file.
  return getAreas()
    .filter((area) => getFlowchartSvg(area.current) !== undefined)
    .map((area) => ({ params: { area: area.id }, props: { area } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(getFlowchartSvg((props as { area: Area }).area.current), { headers: { "Content-Type": "image/svg+xml" } });
