/**
 * The machine-readable files published for every revision, and the changes between
 * revisions. Each export names its revision and carries a content hash, so a copy taken
 * from the site can be checked against the revision it claims to be.
 */
import { createHash } from "node:crypto";
import { diffPolicies, type PolicyChange } from "../diff/diff-policies.ts";
import type { Policy } from "../compiler/policy-model.ts";

/** sha256 of the value's JSON: the same data always gives the same hash. */
export function contentHash(value: unknown): string {
  return `sha256-${createHash("sha256").update(JSON.stringify(value)).digest("hex")}`;
}

// A form's schema and uiSchema are made once per revision and stamped at two addresses:
// hashed once. Only objects made once per revision are passed to formFileStamp.
const formFileHashes = new WeakMap<object, string>();

/**
 * The line each form file carries (`$comment` in its JSON, the banner of its type):
 * which revision it is of and a hash of its content, so a copy can be traced back.
 */
export function formFileStamp(policy: Policy, content: object): string {
  let hash = formFileHashes.get(content);
  if (!hash) formFileHashes.set(content, (hash = contentHash(content)));
  return `escalation-kit form for ${policy.id} (version ${policy.revision.version}); content ${hash}`;
}

export interface RevisionStamp {
  readonly areaId: string;
  readonly revisionId: string;
  readonly version: string;
  readonly policyId: string;
}

export const revisionStamp = (policy: Policy): RevisionStamp => ({
  areaId: policy.areaId,
  revisionId: policy.revisionId,
  version: policy.revision.version,
  policyId: policy.id,
});

// Keyed by the policy objects, so `npm run dev` never serves changes of an older compile.
const changesCache = new WeakMap<Policy, WeakMap<Policy, readonly PolicyChange[]>>();

/** What changed from `previous` to `policy`; none for a first revision. */
export function getChanges(policy: Policy, previous: Policy | undefined): readonly PolicyChange[] {
  if (!previous) return [];
  let byPrevious = changesCache.get(policy);
  if (!byPrevious) changesCache.set(policy, (byPrevious = new WeakMap()));
  let changes = byPrevious.get(previous);
  if (!changes) {
    changes = diffPolicies(previous, policy);
    byPrevious.set(previous, changes);
  }
  return changes;
}

const policyExports = new WeakMap<Policy, ReturnType<typeof makePolicyExport>>();

/** `policy.json`: the compiled model, stamped. The `file` field is left out: it is a build path. */
export function policyExport(policy: Policy) {
  let exported = policyExports.get(policy);
  if (!exported) policyExports.set(policy, (exported = makePolicyExport(policy)));
  return exported;
}

function makePolicyExport(policy: Policy) {
  const { file: _file, ...model } = policy;
  return { revision: revisionStamp(policy), contentHash: contentHash(model), policy: model };
}

/** `changes.json`: the semantic diff and the author's amendment notes. */
export function changesExport(policy: Policy, previous: Policy | undefined) {
  const changes = getChanges(policy, previous);
  return {
    revision: revisionStamp(policy),
    previous: previous ? revisionStamp(previous) : null,
    amendments: policy.revision.amendments,
    changes,
    contentHash: contentHash({ previous: previous?.id ?? null, amendments: policy.revision.amendments, changes }),
  };
}
