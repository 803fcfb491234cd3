/**
 * Generates src/compiler/policy-input.ts (the TypeScript types of the YAML authoring
 * format) from schemas/policy.schema.json. `--check` fails when the checked-in file is
 * out of date, so CI catches a schema change without regenerated types.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { compile, type JSONSchema } from "json-schema-to-typescript";

const schemaPath = new URL("../schemas/policy.schema.json", import.meta.url);
const outputPath = new URL("../src/compiler/policy-input.ts", import.meta.url);

const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as JSONSchema;
const banner = `/* Generated from schemas/policy.schema.json by \`npm run generate:types\`. Do not edit by hand. */`;
const output = await compile({ ...schema, title: "PolicyInput" }, "PolicyInput", {
  bannerComment: banner,
  additionalProperties: false,
  unreachableDefinitions: true,
  style: { singleQuote: false, printWidth: 120 },
});

if (process.argv.includes("--check")) {
  const current = readFileSync(outputPath, "utf8");
  if (current !== output) {
    console.error("src/compiler/policy-input.ts is out of date with schemas/policy.schema.json. Run `npm run generate:types`.");
    process.exit(1);
  }
  console.log("src/compiler/policy-input.ts is up to date.");
} else {
  writeFileSync(outputPath, output);
  console.log("Wrote src/compiler/policy-input.ts");
}
