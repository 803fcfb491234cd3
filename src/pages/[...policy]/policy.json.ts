import type { APIRoute } from "astro";
import { policyExport } from "../../site/revision-exports.ts";
import { policyStaticPaths, type PolicyView } from "../../site/site-data.ts";

export const getStaticPaths = policyStaticPaths;

/** The compiled policy of this revision, for other tools: stamped and hashed. */
export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(policyExport((props as PolicyView).policy), null, 2)}\n`, {
    headers: { "Content-Type": "application/json" },
  });
