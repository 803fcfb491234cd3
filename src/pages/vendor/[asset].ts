import { readFileSync } from "node:fs";
import type { APIRoute } from "astro";
import { mermaidScriptPath } from "../../render/render-flowcharts.ts";
import { getAreas, hasAllChartSvgs } from "../../site/site-data.ts";

/**
 * The self-hosted mermaid script, published only when some flowchart could not be
 * rendered at build time (no browser) and must be drawn in the reader's browser.
 */
export function getStaticPaths() {
  const needed = getAreas().some((area) => area.revisions.some((r) => !hasAllChartSvgs(r.policy)));
  return needed ? [{ params: { asset: "mermaid.min.js" } }] : [];
}

export const GET: APIRoute = () =>
  new Response(readFileSync(mermaidScriptPath, "utf8"), { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
