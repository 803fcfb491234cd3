/**
 * Precompiles each form schema into a standalone ajv validator (no `new Function` in the
 * browser, so the form page runs under a CSP without 'unsafe-eval'), bundled by esbuild
 * into one self-contained ES module per schema and cached by a hash of the schema.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { compileSchemaValidatorsCode } from "@rjsf/validator-ajv8/compileSchemaValidators";
import { writeCacheFile } from "./write-cache-file.ts";

export const validatorCacheDir = path.resolve(
  process.env.ESCALATION_KIT_VALIDATOR_CACHE ?? "node_modules/.cache/escalation-kit/validators",
);

// A form's schema object is made once per revision and served at two addresses: hashed once.
const hashes = new WeakMap<object, string>();

export function validatorHash(schema: object): string {
  let hash = hashes.get(schema);
  if (!hash) hashes.set(schema, (hash = createHash("sha256").update(JSON.stringify(schema)).digest("hex").slice(0, 20)));
  return hash;
}

export function readValidatorModule(schema: object): string | undefined {
  const file = path.join(validatorCacheDir, `${validatorHash(schema)}.js`);
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

export async function buildFormValidators(schemas: readonly object[]): Promise<{ built: number; cached: number }> {
  mkdirSync(validatorCacheDir, { recursive: true });
  let built = 0;
  for (const schema of schemas) {
    const file = path.join(validatorCacheDir, `${validatorHash(schema)}.js`);
    if (existsSync(file)) continue;
    const standalone = compileSchemaValidatorsCode(schema as never, {});
    const result = await build({
      stdin: { contents: standalone, resolveDir: process.cwd(), loader: "js", sourcefile: "validator.cjs" },
      bundle: true,
      format: "esm",
      platform: "browser",
      minify: true,
      write: false,
      legalComments: "none",
    });
    writeCacheFile(file, result.outputFiles[0]!.text);
    built++;
  }
  return { built, cached: schemas.length - built };
}
