/**
 * What happens inside a stage, in the words every output uses: whether its recipients are
 * all of them, one of them or taken in order; whom the raiser consults first; what the
 * recipient does; and the advisers who may be asked at any stage without being a rung.
 */
import { isStated, type Policy, type Stage, type Stated } from "../compiler/policy-model.ts";
import { asSentence, describeRoles, joinWords, roleLabel } from "./describe-policy.ts";

/** "Raise it with each of them: …", "…one of them…", or the order; undefined when the source does not say or names one. */
export function describeRecipientsMode(policy: Policy, stage: Stage): string | undefined {
  if (!stage.recipients || !isStated(stage.to) || stage.to.length < 2) return undefined;
  const names = stage.to.map((id) => roleLabel(policy, id, "long"));
  switch (stage.recipients) {
    case "all":
      return `Raise it with each of them: ${joinWords(names, "and")}.`;
    case "one-of":
      return `Raise it with one of them: ${joinWords(names, "or")}.`;
    case "in-order":
      return `In order: first ${names[0]}; ${names
        .slice(1)
        .map((n) => `only if that does not resolve it, ${n}`)
        .join("; ")}.`;
  }
}

/** "Before raising it, consult their line manager or safeguarding lead." */
export function describeConsultFirst(
  policy: Policy,
  consult: Stated<readonly string[]> | undefined,
  action = "raising it",
): string | undefined {
  if (consult === undefined) return undefined;
  return `Before ${action}, consult ${describeRoles(policy, consult)}.`;
}

/** "What the recipient does: investigates and replies formally." */
export function describeRecipientDoes(stage: Stage): string | undefined {
  return stage.recipientDoes.length > 0 ? asSentence(`What the recipient does: ${stage.recipientDoes.join("; ")}`) : undefined;
}

/** "At any stage, advice may be sought from …", or undefined when the policy names no advisers. */
export function describeAdvisers(policy: Policy): string | undefined {
  if (!policy.advisers) return undefined;
  const who = describeRoles(policy, policy.advisers.roles, "long", "or");
  return asSentence(
    `At any stage, advice may be sought from ${who}${policy.advisers.when ? ` (${policy.advisers.when.replace(/\.$/, "")})` : ""}`,
  );
}

/** Every line a stage's inside adds, in reading order, for the text twin and the form's stage guide. */
export function describeInsideStage(policy: Policy, stage: Stage): string[] {
  return [describeConsultFirst(policy, stage.consultFirst), describeRecipientsMode(policy, stage), describeRecipientDoes(stage)].filter(
    (line): line is string => line !== undefined,
  );
}
