import type { APIRoute } from "astro";
import { getFlowchart, policyStaticPaths, type PolicyView } from "../../site/site-data.ts";

export const getStaticPaths = policyStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(getFlowchart((props as PolicyView).policy).source, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
