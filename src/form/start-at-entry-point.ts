/**
 * Where the policy starts in a different place for each kind of concern, choosing the
 * kind sets the first stage record's stage to the one it starts at. Only a stage the user
 * has not chosen themselves is set: an empty one, or the one the previous choice set.
 */
export interface RecordWithEntryPoint {
  readonly concern?: { readonly entryPoint?: string };
  readonly stages?: readonly { readonly stage?: string }[];
}

export function startAtEntryPoint<T extends RecordWithEntryPoint>(
  previous: RecordWithEntryPoint,
  next: T,
  entryStages: Readonly<Record<string, string>>,
): T {
  const chosen = next.concern?.entryPoint;
  const before = previous.concern?.entryPoint;
  if (chosen === undefined || chosen === before || !Object.hasOwn(entryStages, chosen)) return next;
  const first = next.stages?.[0];
  const setBefore = before !== undefined && Object.hasOwn(entryStages, before) ? entryStages[before] : undefined;
  if (first?.stage !== undefined && first.stage !== setBefore) return next;
  const stages = next.stages ?? [];
  return { ...next, stages: [{ ...(stages[0] ?? {}), stage: entryStages[chosen] }, ...stages.slice(1)] };
}
