/**
 * Each form's TypeScript type (`form-data.d.ts`), made before the pages are rendered and
 * kept on disk under a hash of everything it is made from. json-schema-to-typescript, then
 * prettier, take about 10 ms a form: a build of 1,000 revisions spent 9 s of its page
 * rendering on them, and every build after the first made the same files again.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { FormDefinition } from "../generators/generate-form-schema.ts";
import { formTypeJob, generateFormType } from "../generators/generate-form-type.ts";
import { writeCacheFile } from "./write-cache-file.ts";

export const formTypeCacheDir = path.resolve(process.env.ESCALATION_KIT_FORM_TYPE_CACHE ?? "node_modules/.cache/escalation-kit/form-types");

// The libraries that write the type: a new version may write it differently.
const require = createRequire(import.meta.url);
const writerRequire = createRequire(require.resolve("json-schema-to-typescript"));
const writers = `json-schema-to-typescript ${(require("json-schema-to-typescript/package.json") as { version: string }).version}, prettier ${(writerRequire("prettier/package.json") as { version: string }).version}`;

export interface FormTypeInput {
  readonly schema: FormDefinition["schema"];
  /** The banner's line naming the revision and a hash of the schema. */
  readonly stamp: string;
}

// A revision's schema object is made once and its type asked for at two addresses: its
// file name is worked out once.
const paths = new WeakMap<object, Map<string, string>>();

function cachePath({ schema, stamp }: FormTypeInput): string {
  let byStamp = paths.get(schema);
  if (!byStamp) paths.set(schema, (byStamp = new Map()));
  let file = byStamp.get(stamp);
  if (!file) {
    const hash = createHash("sha256")
      .update(`${writers}\n${JSON.stringify(formTypeJob(schema, stamp))}`)
      .digest("hex");
    byStamp.set(stamp, (file = path.join(formTypeCacheDir, `${hash.slice(0, 20)}.d.ts`)));
  }
  return file;
}

/** Makes every type not already on disk. */
export async function buildFormTypes(inputs: readonly FormTypeInput[]): Promise<{ built: number; cached: number }> {
  mkdirSync(formTypeCacheDir, { recursive: true });
  let built = 0;
  for (const input of inputs) {
    const file = cachePath(input);
    if (existsSync(file)) continue;
    writeCacheFile(file, await generateFormType(input.schema, input.stamp));
    built++;
  }
  return { built, cached: inputs.length - built };
}

/** The form's type: from disk when made before the pages, else made now (and not kept). */
export async function readFormType(input: FormTypeInput): Promise<string> {
  const file = cachePath(input);
  return existsSync(file) ? readFileSync(file, "utf8") : generateFormType(input.schema, input.stamp);
}
