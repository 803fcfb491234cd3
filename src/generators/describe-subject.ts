/**
 * Who the procedure is about, in the words the form and the pages use for them: "the
 * child", or "the person" in a joint protocol for children and adults, so that an adult's
 * record is never asked for "the child's" details.
 */
import { isStated, type Policy } from "../compiler/policy-model.ts";

export interface SubjectWords {
  /** "the child" or "the person", mid-sentence. */
  readonly the: string;
  /** "child's" or "person's". */
  readonly possessive: string;
  /** Said once where the procedure covers adults too; undefined for children only. */
  readonly note?: string;
}

export function subjectWords(policy: Policy): SubjectWords {
  return policy.about === "children-and-adults"
    ? { the: "the person", possessive: "person's", note: "The procedure covers adults as well as children." }
    : { the: "the child", possessive: "child's" };
}

/** Side actions that tell the child, family or carers, who are not parties to the dispute. */
export function peopleTold(policy: Policy): Policy["sideActions"] {
  const family = new Set(policy.roles.filter((r) => r.kind === "family").map((r) => r.id));
  return policy.sideActions.filter((a) => isStated(a.to) && a.to.some((id) => family.has(id)));
}
