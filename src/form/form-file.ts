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
type ShapeSchema = { type?: string; properties?: Record<string, ShapeSchema>; items?: ShapeSchema };

/**
 * Whether every answer has the type the form schema gives it (objects where objects are,
 * lists of records where lists are, text where text is). Values are not checked: a draft
 * from another revision may name a stage this one no longer has, which the user can put
 * right; a wrongly shaped answer would only break the form.
 */
export function hasFormShape(value: unknown, schema: ShapeSchema): boolean {
  if (value === undefined) return true;
  switch (schema.type) {
    case "object": {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
      return Object.entries(schema.properties ?? {}).every(
        ([key, child]) => !Object.hasOwn(value, key) || hasFormShape((value as Record<string, unknown>)[key], child),
      );
    }
    case "array":
      return Array.isArray(value) && value.length <= 100 && (!schema.items || value.every((item) => hasFormShape(item, schema.items!)));
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "number":
    case "integer":
      return typeof value === "number";
    default:
      return true;
  }
}

export interface OpenContext {
  /** This page's form schema, for the shape check. */
  readonly schema: ShapeSchema;
  /** The other revisions of this policy that this page knows (by revision id). */
  readonly otherRevisions: ReadonlySet<string>;
}

export function readFormFile(
  text: string,
  size: number,
  meta: FormFileMeta,
  validate: (data: unknown) => string[],
  context: OpenContext,
): OpenResult {
  if (size > maxFormFileBytes)
    return {
      ok: false,
      message: `The file is too large (${Math.round(size / 1024)} KB). A saved escalation record is much smaller; check you chose the right file.`,
    };
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
    return {
      ok: false,
      message: `The file was saved from another area's form (${String(file.areaId)}). Open it on that area's form page.`,
    };
  }
  if (file.schemaVersion !== meta.schemaVersion) {
    return {
      ok: false,
      message: `The file was saved with form version ${String(file.schemaVersion)}, which this page (version ${meta.schemaVersion}) cannot read.`,
    };
  }
  if (!hasFormShape(file.data, context.schema) || file.data === undefined) {
    return { ok: false, message: "The file is not a saved escalation record: its answers are not shaped like this form's." };
  }
  const errors = validate(file.data);
  // A draft from another revision of the policy may name a stage or role this revision
  // no longer has: it opens, with those answers listed for the user to put right,
  // because refusing it would lose the record. Only revisions this page knows count;
  // from this revision, the same errors can only mean the file was edited by hand.
  if (file.revisionId !== meta.revisionId) {
    if (
      typeof file.revisionId !== "string" ||
      !context.otherRevisions.has(file.revisionId) ||
      file.policyId !== `${meta.areaId}/${file.revisionId}`
    ) {
      return { ok: false, message: `The file names a revision of this policy (${String(file.revisionId)}) that this site does not have.` };
    }
    return { ok: true, data: file.data, olderRevision: file.revisionId, ...(errors.length > 0 ? { problems: errors } : {}) };
  }
  if (errors.length > 0) {
    return {
      ok: false,
      message: `The file has answers this form cannot accept, so it may have been changed by hand: ${errors.slice(0, 3).join("; ")}${errors.length > 3 ? "; …" : ""}`,
    };
  }
  return { ok: true, data: file.data };
}
