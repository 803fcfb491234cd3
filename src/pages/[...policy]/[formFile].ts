import type { APIRoute } from "astro";
import { readValidatorModule } from "../../render/build-form-validators.ts";
import { readFormType } from "../../render/build-form-types.ts";
import { formFileStamp } from "../../site/revision-exports.ts";
import { getForm, policyStaticPaths, type PolicyView } from "../../site/site-data.ts";

/**
 * The form's machine-readable files at stable addresses beside the form page: its JSON
 * Schema, uiSchema, TypeScript type (json-schema-to-typescript) and the precompiled
 * validator module the form page loads.
 */
const files = ["form.schema.json", "form.ui.json", "form-data.d.ts", "form-validator.js"] as const;

export function getStaticPaths() {
  return policyStaticPaths().flatMap((path) => files.map((formFile) => ({ params: { ...path.params, formFile }, props: path.props })));
}

export const GET: APIRoute = async ({ params, props }) => {
  const { policy } = props as PolicyView;
  const { schema, uiSchema } = getForm(policy);
  const stamp = (content: object) => formFileStamp(policy, content);
  switch (params.formFile) {
    case "form.schema.json":
      return new Response(`${JSON.stringify({ $comment: stamp(schema), ...schema }, null, 2)}\n`, {
        headers: { "Content-Type": "application/schema+json" },
      });
    case "form.ui.json":
      return new Response(`${JSON.stringify({ $comment: stamp(uiSchema), ...uiSchema }, null, 2)}\n`, {
        headers: { "Content-Type": "application/json" },
      });
    case "form-data.d.ts":
      return new Response(await readFormType({ schema, stamp: stamp(schema) }), {
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    default: {
      const code = readValidatorModule(schema);
      if (!code) throw new Error(`no precompiled validator for ${params.policy}; the build integration should have made it`);
      return new Response(code, { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
    }
  }
};
