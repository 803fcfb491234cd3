import type { APIRoute } from "astro";
import { areaStaticPaths, getFlowchart, type Area } from "../../site/site-data.ts";

export const getStaticPaths = areaStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(getFlowchart((props as { area: Area }).area.current).source, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
