import type { APIRoute } from "astro";
import { changesExport } from "../../site/revision-exports.ts";
import { policyStaticPaths, type PolicyView } from "../../site/site-data.ts";

export const getStaticPaths = policyStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const view = props as PolicyView;
  return new Response(`${JSON.stringify(changesExport(view.policy, view.revision.previous), null, 2)}\n`, {
    headers: { "Content-Type": "application/json" },
  });
};
