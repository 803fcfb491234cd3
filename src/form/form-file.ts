/**
 * Saved drafts: a JSON file the user downloads and opens again. The file names the area,
 * policy, revision and form schema version it was made with; opening checks all of that
 * and the answers before anything in the form in progress is replaced.
 *
 * A draft is checked for shape and for values the form could not have produced, never for
 * completeness: a draft is saved precisely because the record is not finished, so an empty
 * form, or one with only the child's name, must open again.
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
  | {
      readonly ok: true;
      readonly data: unknown;
      readonly olderRevision?: string;
      /** Answers this revision cannot take as they are, for the user to put right. */
      readonly problems?: readonly string[];
    }
  | { readonly ok: false; readonly message: string };

/** The parts of the generated form schema the draft check reads. */
export interface DraftSchema {
  readonly type?: string;
  readonly title?: string;
  readonly properties?: Readonly<Record<string, DraftSchema>>;
  readonly items?: DraftSchema;
  readonly maxItems?: number;
  readonly oneOf?: readonly { readonly const?: unknown; readonly title?: string }[];
  readonly enum?: readonly unknown[];
}

export interface DraftCheck {
  /** False when an answer has the wrong type: such a draft would break the form, so it is never opened. */
  readonly shaped: boolean;
  /** The answers with every property the form does not ask about left out. */
  readonly data: unknown;
  /** Where the draft had answers to questions this form does not ask (left out of `data`). */
  readonly unknown: readonly string[];
  /** Answers no control of this form can give (a choice it does not offer, too many records). */
  readonly impossible: readonly string[];
}

/**
 * A list the form lets the user grow has its own limit; one without a limit still cannot
 * reach this by hand, and a longer one would only slow the page down.
 */
const maxListLength = 100;

const choicesOf = (schema: DraftSchema): readonly unknown[] | undefined =>
  schema.enum ?? (schema.oneOf?.every((o) => "const" in o) ? schema.oneOf.map((o) => o.const) : undefined);

/**
 * Walks the answers along the form schema only, so an answer nested two thousand levels
 * deep under a name the form does not use costs nothing and never reaches rjsf, which
 * would overflow the stack rendering it. What is kept is a copy: nothing of the file's own
 * objects (with whatever prototype tricks they carry) is handed on.
 */
export function checkDraftAnswers(value: unknown, schema: DraftSchema): DraftCheck {
  const unknown: string[] = [];
  const impossible: string[] = [];
  let shaped = true;
  const label = (path: readonly string[]) => path.join(": ") || "The answers";
  const walk = (node: unknown, at: DraftSchema, path: readonly string[]): unknown => {
    if (node === undefined || !shaped) return undefined;
    switch (at.type) {
      case "object": {
        if (node === null || typeof node !== "object" || Array.isArray(node)) return ((shaped = false), undefined);
        const kept: Record<string, unknown> = {};
        for (const key of Object.keys(node)) {
          const child = Object.hasOwn(at.properties ?? {}, key) ? at.properties![key]! : undefined;
          if (!child) unknown.push(label([...path, key]));
          else {
            const value = walk((node as Record<string, unknown>)[key], child, [...path, child.title ?? key]);
            if (value !== undefined) kept[key] = value;
          }
        }
        return kept;
      }
      case "array": {
        if (!Array.isArray(node) || node.length > maxListLength) return ((shaped = false), undefined);
        if (at.maxItems !== undefined && node.length > at.maxItems)
          impossible.push(`${label(path)}: ${node.length} entries, more than the form allows (${at.maxItems})`);
        const items = at.items ?? {};
        return node.map((item, index) =>
          walk(item, items, items.type === "object" ? [...path.slice(0, -1), `${items.title ?? "Entry"} record ${index + 1}`] : path),
        );
      }
      case "string":
      case "boolean":
      case "number":
      case "integer": {
        const type = at.type === "integer" ? "number" : at.type;
        if (typeof node !== type) return ((shaped = false), undefined);
        const choices = choicesOf(at);
        if (choices && !choices.includes(node)) impossible.push(`${label(path)}: "${String(node)}" is not one of this form's choices`);
        return node;
      }
      default:
        // Every question the generator writes has a type; anything else is not an answer.
        return ((shaped = false), undefined);
    }
  };
  const data = walk(value, schema, []);
  return { shaped: shaped && value !== undefined, data, unknown, impossible };
}

export interface OpenContext {
  /** This page's form schema, for the draft check. */
  readonly schema: DraftSchema;
  /** The other revisions of this policy that this page knows (by revision id). */
  readonly otherRevisions: ReadonlySet<string>;
}

const listed = (items: readonly string[]) => `${items.slice(0, 3).join("; ")}${items.length > 3 ? `; and ${items.length - 3} more` : ""}`;

/** Reads a saved file. Nothing is thrown: every problem is a message for the user. */
export function readFormFile(text: string, size: number, meta: FormFileMeta, context: OpenContext): OpenResult {
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
  const check = checkDraftAnswers(file.data, context.schema);
  if (!check.shaped) {
    return { ok: false, message: "The file is not a saved escalation record: its answers are not shaped like this form's." };
  }
  // A draft from another revision of the policy may name a stage or role this revision
  // no longer has, or answer a question it no longer asks: it opens, with those answers
  // listed for the user to put right, because refusing it would lose the record. Only
  // revisions this page knows count; from this revision, the same answers can only mean
  // the file was edited by hand.
  if (file.revisionId !== meta.revisionId) {
    if (
      typeof file.revisionId !== "string" ||
      !context.otherRevisions.has(file.revisionId) ||
      file.policyId !== `${meta.areaId}/${file.revisionId}`
    ) {
      return { ok: false, message: `The file names a revision of this policy (${String(file.revisionId)}) that this site does not have.` };
    }
    const problems = [
      ...check.impossible,
      ...check.unknown.map((at) => `${at}: this version of the form does not ask this, so it was left out`),
    ];
    return { ok: true, data: check.data, olderRevision: file.revisionId, ...(problems.length > 0 ? { problems } : {}) };
  }
  if (check.impossible.length > 0 || check.unknown.length > 0) {
    return {
      ok: false,
      message: `The file has answers this form cannot give, so it may have been changed by hand: ${listed([
        ...check.impossible,
        ...check.unknown.map((at) => `${at}: not a question on this form`),
      ])}.`,
    };
  }
  return { ok: true, data: check.data };
}
