import type { APIRoute } from "astro";
import { getAreas, getFlowchart, type Area } from "../../site/site-data.ts";

export function getStaticPaths() {
  return getAreas().map((area) => ({ params: { area: area.id }, props: { area } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(getFlowchart((props as { area: Area }).area.current).source, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
