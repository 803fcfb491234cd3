/**
 * Generates src/compiler/policy-input.ts (the TypeScript types of the YAML authoring
 * format) from schemas/policy.schema.json. A test compares the checked-in file with a
 * fresh generation, so a schema change without regenerated types fails CI.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { compile, type JSONSchema } from "json-schema-to-typescript";

const schemaPath = new URL("../schemas/policy.schema.json", import.meta.url);
export const policyInputPath = new URL("../src/compiler/policy-input.ts", import.meta.url);

export async function generatePolicyTypes(): Promise<string> {
  const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as JSONSchema;
  return compile({ ...schema, title: "PolicyInput" }, "PolicyInput", {
    bannerComment: "/* Generated from schemas/policy.schema.json by `npm run generate:types`. Do not edit by hand. */",
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: false, printWidth: 120 },
  });
}

if (import.meta.main) {
  writeFileSync(policyInputPath, await generatePolicyTypes());
  console.log("Wrote src/compiler/policy-input.ts");
}
