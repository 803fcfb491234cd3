/**
 * Saved drafts: a JSON file the user downloads and opens again. The file names the area,
 * policy, revision and form schema version it was made with; opening checks all of that
 * and validates the answers before anything in the form in progress is replaced.
 */
export const formFileKind = "escalation-kit/form-draft";
/** Bigger than any real record; stops a huge or wrong file from freezing the page. */
export const maxFormFileBytes = 2_000_000;

export interface FormFileMeta {
  readonly areaId: string;
  readonly policyId: string;
  readonly revisionId: string;
  readonly schemaVersion: number;
}

export interface FormFile extends FormFileMeta {
  readonly kind: typeof formFileKind;
  readonly savedAt: string;
  readonly data: unknown;
}

export function createFormFile(meta: FormFileMeta, data: unknown, savedAt: Date): FormFile {
  return { kind: formFileKind, ...meta, savedAt: savedAt.toISOString(), data };
}

export type OpenResult =
  | { readonly ok: true; readonly data: unknown; readonly olderRevision?: string; readonly problems?: readonly string[] }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a saved file. `validate` checks the answers against this page's form schema and
 * returns error messages. Nothing is thrown: every problem is a message for the user.
 */
export function readFormFile(text: string, size: number, meta: FormFileMeta, validate: (data: unknown) => string[]): OpenResult {
  if (size > maxFormFileBytes) return { ok: false, message: `The file is too large (${Math.round(size / 1024)} KB). A saved escalation record is much smaller; check you chose the right file.` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, message: "The file is not a saved escalation record: it is not valid JSON." };
  }
  if (parsed === null || typeof parsed !== "object" || (parsed as { kind?: unknown }).kind !== formFileKind) {
    return { ok: false, message: "The file is not a saved escalation record from this site." };
  }
  const file = parsed as Partial<FormFile>;
  if (file.areaId !== meta.areaId) {
    return { ok: false, message: `The file was saved from another area's form (${String(file.areaId)}). Open it on that area's form page.` };
  }
  if (file.schemaVersion !== meta.schemaVersion) {
    return { ok: false, message: `The file was saved with form version ${String(file.schemaVersion)}, which this page (version ${meta.schemaVersion}) cannot read.` };
  }
  if (file.data === null || typeof file.data !== "object" || Array.isArray(file.data)) {
    return { ok: false, message: "The file is not a saved escalation record: it has no answers in it." };
  }
  const errors = validate(file.data);
  // A draft from another revision of the policy may name a stage or role this revision
  // no longer has: it opens, with those answers listed for the user to put right,
  // because refusing it would lose the record. From this revision, the same errors can
  // only mean the file was edited by hand.
  if (file.revisionId !== meta.revisionId) {
    return { ok: true, data: file.data, olderRevision: String(file.revisionId), ...(errors.length > 0 ? { problems: errors } : {}) };
  }
  if (errors.length > 0) {
    return { ok: false, message: `The file has answers this form cannot accept, so it may have been changed by hand: ${errors.slice(0, 3).join("; ")}${errors.length > 3 ? "; …" : ""}` };
  }
  return { ok: true, data: file.data };
}
