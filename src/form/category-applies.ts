/** Category option id -> the roles whose list it comes from (only lists that name raisers). */
export type CategoryRaisers = Readonly<Record<string, readonly string[]>>;

/**
 * Whether a category of disagreement is offered to the person raising the concern. A
 * policy can give each raiser their own list (CP chairs' issues, IROs' issues); lists
 * that name no raiser apply to everyone, and a raiser no list names sees every category
 * rather than none.
 */
export function categoryApplies(raisers: CategoryRaisers, option: string, role: string | undefined): boolean {
  const only = Object.hasOwn(raisers, option) ? raisers[option] : undefined;
  if (!only || !role) return true;
  if (only.includes(role)) return true;
  return !Object.values(raisers).some((roles) => roles.includes(role));
}
