import type { APIRoute } from "astro";
import { compile } from "json-schema-to-typescript";
import { readValidatorModule } from "../../render/build-form-validators.ts";
import { getAreas, getForm, type Area } from "../../site/site-data.ts";

/**
 * The form's machine-readable files at stable addresses beside the form page: its JSON
 * Schema, uiSchema, TypeScript type (json-schema-to-typescript) and the precompiled
 * validator module the form page loads.
 */
const files = ["form.schema.json", "form.ui.json", "form-data.d.ts", "form-validator.js"] as const;

export function getStaticPaths() {
  return getAreas().flatMap((area) => files.map((formFile) => ({ params: { area: area.id, formFile }, props: { area } })));
}

export const GET: APIRoute = async ({ params, props }) => {
  const { schema, uiSchema } = getForm((props as { area: Area }).area.current);
  switch (params.formFile) {
    case "form.schema.json":
      return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { "Content-Type": "application/schema+json" } });
    case "form.ui.json":
      return new Response(`${JSON.stringify(uiSchema, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
    case "form-data.d.ts":
      return new Response(await compile({ ...schema, title: "EscalationRecord" } as never, "EscalationRecord", { bannerComment: `/* The data of this escalation form, generated from ${String(schema.title)}. */` }), {
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    default: {
      const code = readValidatorModule(schema);
      if (!code) throw new Error(`no precompiled validator for ${params.area}; the build integration should have made it`);
      return new Response(code, { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
    }
  }
};
