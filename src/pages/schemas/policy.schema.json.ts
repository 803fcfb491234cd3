import type { APIRoute } from "astro";
import policySchema from "../../../schemas/policy.schema.json" with { type: "json" };

/** The authoring format itself, at a stable address for editors and other tools. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(policySchema, null, 2)}\n`, { headers: { "Content-Type": "application/schema+json" } });
