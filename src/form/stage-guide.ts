/**
 * What the policy says about a stage record's stage, shown beside the record once its
 * stage is chosen; where the stage names a post per agency and the record says which
 * agency, that agency's post is added, so the form offers the post the user needs.
 */
export function stageGuide(
  stageGuides: Readonly<Record<string, readonly string[]>>,
  agencyGuides: Readonly<Record<string, Readonly<Record<string, string>>>>,
  record: { readonly stage?: string; readonly agency?: string },
): readonly string[] | undefined {
  if (!record.stage || !Object.hasOwn(stageGuides, record.stage)) return undefined;
  const guide = stageGuides[record.stage]!;
  const agencies = Object.hasOwn(agencyGuides, record.stage) ? agencyGuides[record.stage]! : undefined;
  const line = agencies && record.agency && Object.hasOwn(agencies, record.agency) ? agencies[record.agency] : undefined;
  return line ? [...guide, line] : guide;
}
