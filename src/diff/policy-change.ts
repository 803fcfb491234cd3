/** The published contract of the "what changed" data: the permanent change kinds, the areas and the shape of one change. */

/**
 * Permanent codes: they are published in the policy JSON and other systems may filter on
 * them, so a code is never renamed or reused; new kinds are added at the end.
 */
export const policyChangeKinds = [
  "title-changed",
  "jurisdiction-changed",
  "track-added",
  "track-removed",
  "track-renamed",
  "stage-added",
  "stage-removed",
  "stage-renamed",
  "stage-reordered",
  "stage-recipient-changed",
  "timescale-changed",
  "role-added",
  "role-removed",
  "role-renamed",
  "route-added",
  "route-removed",
  "side-action-added",
  "side-action-removed",
  "category-added",
  "category-removed",
  "principle-added",
  "principle-removed",
  "contact-added",
  "contact-removed",
  "contact-changed",
  // Changes inside a thing kept in both revisions, beyond those named above: without
  // them a revision that rewrote what to record at a stage would show "no changes".
  "track-changed",
  "stage-changed",
  "meeting-added",
  "meeting-removed",
  "meeting-changed",
  "role-changed",
  "route-changed",
  "side-action-changed",
  "category-list-changed",
  "category-changed",
  "principle-changed",
  "section-changed",
  "entry-point-added",
  "entry-point-removed",
  "entry-point-changed",
] as const;
export type PolicyChangeKind = (typeof policyChangeKinds)[number];

/** The part of the policy a change is in; the names follow the Policy model's fields. */
export type PolicyChangeArea =
  | "policy"
  | "tracks"
  | "stages"
  | "timescales"
  | "roles"
  | "meetings"
  | "entryPoints"
  | "routes"
  | "sideActions"
  | "categories"
  | "principles"
  | "contacts";

/** One change, as plain JSON data: it is published on the site as it is. */
export interface PolicyChange {
  readonly kind: PolicyChangeKind;
  readonly area: PolicyChangeArea;
  /** The changed thing's id; for a contact, its role id or else its name; for the policy itself, the field. */
  readonly id: string;
  /** The track a stage (or its timescale) belongs to. */
  readonly trackId?: string;
  /** Short wording of the old value; absent for an addition. */
  readonly before?: string;
  /** Short wording of the new value; absent for a removal. */
  readonly after?: string;
  /**
   * For the "-changed" kinds that compare a whole thing: the Policy model's fields that
   * differ, in the model's order. `before` and `after` are then given only when a single
   * field of text changed.
   */
  readonly fields?: readonly string[];
  /** One plain-English sentence for the "what changed" page. */
  readonly summary: string;
}

/** Optional properties are left out rather than set to undefined, so the JSON has no holes. */
export function change(
  kind: PolicyChangeKind,
  area: PolicyChangeArea,
  id: string,
  summary: string,
  values: { trackId?: string; before?: string; after?: string; fields?: readonly string[] } = {},
): PolicyChange {
  return {
    kind,
    area,
    id,
    ...(values.trackId !== undefined ? { trackId: values.trackId } : {}),
    ...(values.before !== undefined ? { before: values.before } : {}),
    ...(values.after !== undefined ? { after: values.after } : {}),
    ...(values.fields !== undefined ? { fields: values.fields } : {}),
    summary,
  };
}
