import { compile } from "json-schema-to-typescript";
import type { FormDefinition } from "./generate-form-schema.ts";

/**
 * Text put inside a `/* … *\/` comment: `*\/` would end the comment early and let the rest
 * of a policy's title be read as TypeScript, so it is broken up; line breaks would escape
 * the comment's layout, so they become spaces.
 */
export function escapeBlockComment(text: string): string {
  return text.replace(/\*\//g, "*\\/").replace(/[\r\n\u2028\u2029]+/g, " ");
}

/**
 * The form's answers as a TypeScript type (json-schema-to-typescript), for systems that
 * take the downloaded JSON in. The banner names the form it came from; the policy's
 * words in it are escaped for the comment they sit in (json-schema-to-typescript escapes
 * the descriptions it writes itself).
 */
export async function generateFormType(schema: FormDefinition["schema"], stamp: string): Promise<string> {
  const job = formTypeJob(schema, stamp);
  return compile(job.schema as never, job.name, job.options);
}

/**
 * Everything json-schema-to-typescript is given for one form: the cache of made types
 * (src/render/build-form-types.ts) is keyed by it, so a change here is never served stale.
 */
export function formTypeJob(schema: FormDefinition["schema"], stamp: string) {
  return {
    schema: { ...schema, title: "EscalationRecord" },
    name: "EscalationRecord",
    options: {
      bannerComment: `/* The data of this escalation form, generated from ${escapeBlockComment(String(schema.title))}.\n * ${escapeBlockComment(stamp)} */`,
    },
  };
}
