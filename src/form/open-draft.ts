/**
 * Opening a saved draft: the file is read and checked (form-file.ts) before anything on the
 * page changes, and the result says in words what happened. A draft saved under another
 * revision of the policy opens with what changed since; a file that cannot be opened
 * leaves the answers on the page as they were, and says so.
 */
import type { RJSFSchema } from "@rjsf/utils";
import { maxFormFileBytes, readFormFile, type FormFileMeta } from "./form-file.ts";
import type { FormNotice } from "./form-message.tsx";

export interface OtherRevision {
  readonly version: string;
  readonly changes: readonly string[];
}

export interface OpenedDraft {
  /** The answers to put in the form; absent when the file was refused. */
  readonly answers?: Record<string, unknown>;
  readonly message: FormNotice;
}

const unchanged = "Your answers on this page have not been changed.";

/** What the form says when a file cannot be read as a draft at all, whatever went wrong. */
export const unreadableDraft: FormNotice = {
  kind: "error",
  text: `The file could not be read as a saved escalation record. ${unchanged}`,
};

export async function openDraft(
  file: Pick<File, "name" | "size" | "text">,
  meta: FormFileMeta & { readonly version: string },
  schema: RJSFSchema,
  otherRevisions: Readonly<Record<string, OtherRevision>>,
): Promise<OpenedDraft> {
  let result: ReturnType<typeof readFormFile>;
  try {
    const text = file.size > maxFormFileBytes ? "" : await file.text();
    result = readFormFile(text, file.size, meta, { schema: schema as never, otherRevisions: new Set(Object.keys(otherRevisions)) });
  } catch {
    // Whatever went wrong, the answers on the page stay as they were.
    return { message: unreadableDraft };
  }
  if (!result.ok) return { message: { kind: "error", text: `${result.message} ${unchanged}` } };
  const answers = result.data as Record<string, unknown>;
  if (!result.olderRevision) return { answers, message: { kind: "success", text: `Opened ${file.name}.` } };
  const other = Object.hasOwn(otherRevisions, result.olderRevision) ? otherRevisions[result.olderRevision] : undefined;
  return {
    answers,
    message: {
      kind: "info",
      text: other
        ? `Opened ${file.name}. It was saved under version ${other.version} of the policy; this page is version ${meta.version}. ${other.changes.length === 0 ? "Nothing that affects the record changed." : `What changed since (check the stages, dates and people in the record):`}`
        : `Opened ${file.name}. It was saved under revision ${result.olderRevision}, which this page does not know; this page is version ${meta.version}. Check the stages and timescales.`,
      details: [...(other?.changes ?? []), ...(result.problems ?? []).map((p) => `To put right in this version: ${p}`)],
    },
  };
}
