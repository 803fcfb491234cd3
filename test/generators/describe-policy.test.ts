/**
 * The one module that words facts about a policy: each phrase it makes, tested on its own,
 * so a change of wording is a change here and nowhere else.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compilePolicySource } from "../../src/compiler/compile-policy.ts";
import { notSeen, notStated, type Limit, type Policy, type Timescale } from "../../src/compiler/policy-model.ts";
import {
  allStages,
  asSentence,
  describeInForceFrom,
  describeAbsence,
  describeDate,
  describeDoubt,
  describeDoubtCount,
  describeForce,
  describeLimit,
  describeCondition,
  describeDecidedBy,
  describeEmergencyInstead,
  describeNext,
  describeOutcome,
  describeOverallLimit,
  describeRoleKind,
  describeSideActionAt,
  describeSideActionWhen,
  describeOutcomesAbsent,
  describeProperty,
  describeRepeat,
  describeStagesAbsent,
  describeStated,
  describeTimescale,
  describeTimescaleBrief,
  sentenceCase,
} from "../../src/generators/describe-policy.ts";
import { fixedToday, fromRoot } from "../helpers.ts";

const minimal = readFileSync(fromRoot("test/fixtures/valid/minimal/2024-01.yaml"), "utf8");

/** The minimal policy with stage 1's timescale written as given (YAML lines at its indentation). */
function withTimescale(lines: string): Policy {
  const text = minimal.replace(
    /          - for: response\n            amount: 5\n            unit: working-days\n            from: stage-raised\n/,
    `${lines
      .trim()
      .split("\n")
      .map((l, i) => `${i === 0 ? "          - " : "            "}${l.trim()}`)
      .join("\n")}\n`,
  );
  const result = compilePolicySource(text, { areaId: "testshire", revisionId: "2024-01", file: "x.yaml" }, { today: fixedToday });
  if (!result.policy) throw new Error(result.diagnostics.map((d) => `${d.code} ${d.message}`).join("\n"));
  return result.policy;
}
const firstTimescale = (policy: Policy): Timescale => {
  const list = allStages(policy)[0]!.timescales;
  if (!Array.isArray(list)) throw new Error("no timescales");
  return list[0]!;
};
const words = (yaml: string) => {
  const policy = withTimescale(yaml);
  return describeTimescale(policy, firstTimescale(policy));
};

describe("absence", () => {
  it("says not stated and not seen differently", () => {
    expect(describeAbsence("not-stated")).toBe("not stated in the procedure");
    expect(describeAbsence("not-seen")).toBe("not available to us: see the original");
    expect(describeStated(notSeen)).toBe("not available to us: see the original");
    expect(describeStated(notStated)).toBe("not stated in the procedure");
    expect(describeStated("Head of Service")).toBe("Head of Service");
    expect(describeDate(notSeen)).toBe("not available to us: see the original");
  });

  it("says what missing stages and outcomes mean for a reader", () => {
    expect(describeStagesAbsent("not-seen")).toBe(
      "The stages are set out in a part of the procedure that was not available to us: see the original.",
    );
    expect(describeStagesAbsent("not-stated")).toBe("The procedure does not set out the stages.");
    expect(describeOutcomesAbsent("not-stated")).toBe("The procedure does not say what happens after this stage.");
    expect(describeOutcomesAbsent("not-seen")).toBe("What happens after this stage was not available to us: see the original.");
  });
});

describe("doubts", () => {
  it("says an unclear passage and a fact from outside the procedure apart, naming the fact in words", () => {
    expect(describeDoubt({ kind: "unclear", about: "from", note: "We count from the end of stage 1." })).toBe(
      "Our reading of an unclear passage (when it is counted from): We count from the end of stage 1.",
    );
    expect(describeDoubt({ kind: "outside-source", about: "jurisdiction", note: "Solihull is in England." })).toBe(
      "From outside the procedure (the nation): Solihull is in England.",
    );
    expect(describeDoubt({ kind: "unclear", note: "Two readings." })).toBe("Our reading of an unclear passage: Two readings.");
    expect(describeProperty("stageTerm")).toBe("the stage term");
  });
});

describe("force", () => {
  it("uses the source's own word, and says when it is missing", () => {
    expect(describeForce("expected")).toBe("expected");
    expect(describeForce("encouraged")).toBe("encouraged");
    expect(describeForce(notStated)).toBe("force not stated");
    expect(describeForce(notSeen)).toBe("force not available to us");
  });
});

describe("limits", () => {
  it.each<[Limit, string]>([
    [{ kind: "counted", amount: 5, unit: "working-days" }, "5 working days"],
    [{ kind: "counted", amount: 1, unit: "working-weeks" }, "1 working week"],
    [{ kind: "counted", amount: 2, unit: "months" }, "2 months"],
    [{ kind: "counted", amount: 1, unit: "days" }, "1 day (the procedure does not say working or calendar days)"],
    [{ kind: "counted", amount: notSeen, unit: "working-days" }, "a number of working days (not available to us: see the original)"],
    [{ kind: "uncounted", unit: "immediately" }, "immediately"],
    [{ kind: "uncounted", unit: "without-delay" }, "without delay"],
    [{ kind: "uncounted", unit: "as-soon-as-possible" }, "as soon as possible"],
    [{ kind: "uncounted", unit: "reasonable-time" }, "a reasonable time"],
    [{ kind: "uncounted", unit: "agreed-case-by-case" }, "a time agreed case by case"],
  ])("words %j as %j", (limit, expected) => {
    expect(describeLimit(limit)).toBe(expected);
  });
});

describe("timescales", () => {
  it("words who acts with the source's force, the limit and where it is counted from", () => {
    expect(words("for: response\nwho: head-of-service\nforce: expected\namount: 5\nunit: working-days\nfrom: stage-raised")).toBe(
      "HoS is expected to reply within 5 working days of the escalation being raised",
    );
    expect(words("for: response\nwho: head-of-service\namount: 5\nunit: working-days\nfrom: stage-raised")).toBe(
      "HoS to reply within 5 working days of the escalation being raised",
    );
    expect(words("for: response\nforce: must\namount: 5\nunit: working-days\nfrom: stage-raised")).toBe(
      "Must reply within 5 working days of the escalation being raised",
    );
  });

  it("words a cap, as soon as possible, a limit stated twice and 'or sooner, whichever is less'", () => {
    expect(words("for: response\namount: 15\nunit: working-days\nbound: no-more-than\nasSoonAsPossible: true\nfrom: stage-raised")).toBe(
      "To reply as soon as possible and in no more than 15 working days of the escalation being raised",
    );
    expect(words("for: response\namount: 48\nunit: hours\nalsoStatedAs: { amount: 2, unit: working-days }\nfrom: stage-raised")).toBe(
      "To reply within 48 hours (also given as 2 working days) of the escalation being raised",
    );
    expect(
      words(
        "for: response\namount: 1\nunit: working-weeks\norSooner: sooner if the child needs it\nwhicheverIsLess: true\nfrom: stage-raised",
      ),
    ).toBe("To reply within 1 working week of the escalation being raised, or sooner if the child needs it, whichever is less");
  });

  it("counts from a named event, another stage or a meeting, and says when the start is not stated or not seen", () => {
    expect(words("for: response\namount: 72\nunit: hours\nfrom: { event: the child protection conference }")).toBe(
      "To reply within 72 hours of the child protection conference",
    );
    expect(words("for: response\namount: 10\nunit: working-days\nfrom: { stage: stage-2 }")).toBe(
      "To reply within 10 working days of Stage 2 being raised",
    );
    expect(words("for: response\namount: 5\nunit: working-days\nfrom: not stated")).toBe(
      "To reply within 5 working days (the procedure does not say from when)",
    );
    expect(words("for: response\namount: 5\nunit: working-days\nfrom: not seen")).toBe(
      "To reply within 5 working days (from when: not available to us: see the original)",
    );
  });

  it("gives limits without a number no start, and says when the purpose is not stated", () => {
    expect(words("for: response\nunit: without-delay\nfrom: not stated")).toBe("To reply without delay");
    expect(words("for: response\nunit: agreed-case-by-case\nfrom: stage-raised")).toBe("To reply within a time agreed case by case");
    expect(words("for: not stated\namount: 5\nunit: days\nfrom: stage-raised")).toBe(
      "Time limit (what for: not stated in the procedure): within 5 days (the procedure does not say working or calendar days) of the escalation being raised",
    );
  });

  it("keeps the brief form for the chart and briefing short, without the start", () => {
    const policy = withTimescale("for: response\nwho: head-of-service\nforce: should\namount: 5\nunit: working-days\nfrom: stage-raised");
    expect(describeTimescaleBrief(policy, firstTimescale(policy))).toBe("HoS should reply within 5 working days");
  });
});

describe("stages", () => {
  it("words a stage that repeats up a line", () => {
    const policy = withTimescale("for: response\namount: 5\nunit: working-days\nfrom: stage-raised");
    const stage = { ...allStages(policy)[0]!, repeat: { until: "resolved" as const, description: "with the next manager up" } };
    expect(describeRepeat(stage)).toBe("Repeated with the next manager up until the issue is resolved.");
    expect(describeRepeat(allStages(policy)[0]!)).toBeUndefined();
  });

  it("starts a phrase with a capital where it starts a sentence", () => {
    expect(sentenceCase("not stated in the procedure")).toBe("Not stated in the procedure");
  });
});

describe("doubts on pages that cannot show each one", () => {
  it("counts the readings of unclear passages and the facts from outside the procedure", () => {
    expect(describeDoubtCount([])).toBeUndefined();
    expect(describeDoubtCount([{ kind: "unclear", note: "x" }])).toBe(
      "Of the facts in this policy, 1 rests on our reading of an unclear passage. The full protocol shows each beside its fact.",
    );
    expect(
      describeDoubtCount([
        { kind: "unclear", note: "x" },
        { kind: "unclear", note: "y" },
        { kind: "outside-source", note: "z" },
      ]),
    ).toBe(
      "Of the facts in this policy, 2 rest on our reading of an unclear passage and 1 comes from outside the procedure. The full protocol shows each beside its fact.",
    );
  });
});

describe("outcomes, side actions, roles and tracks", () => {
  it("says where an outcome leads", () => {
    const policy = withTimescale("for: response\namount: 5\nunit: working-days\nfrom: stage-raised");
    expect(describeNext(policy, { kind: "end" })).toBe("The escalation ends: no further action is needed.");
    expect(describeNext(policy, { kind: "stage", id: "stage-2" })).toBe("Go to Stage 2.");
    expect(describeNext(policy, { kind: "final" })).toBe("This was the last stage: see what happens when the last stage fails.");
  });

  it("names each kind of outcome in full, on the chart and as the text twin's condition", () => {
    const end = { kind: "end" } as const;
    const cases = [
      [{ result: "resolved", next: end, doubts: [] }, "Resolved", "Yes", "If resolved"],
      [{ result: "not-resolved", next: end, doubts: [] }, "Not resolved", "No", "If not resolved"],
      [
        { result: "no-reply", next: end, doubts: [] },
        "No reply within the timescale",
        "No reply in time",
        "If no reply comes within the timescale",
      ],
      [
        { result: "other", name: "No issue, or action already under way", next: end, doubts: [] },
        "No issue, or action already under way",
        "No issue, or action already under way",
        "If no issue, or action already under way",
      ],
      [
        { result: "not-resolved", name: "Unsatisfactory response", next: end, doubts: [] },
        "Not resolved (Unsatisfactory response)",
        "No",
        "If not resolved",
      ],
    ] as const;
    for (const [outcome, full, brief, condition] of cases) {
      expect([describeOutcome(outcome), describeOutcome(outcome, "brief"), describeOutcome(outcome, "condition")]).toEqual([
        full,
        brief,
        condition,
      ]);
    }
  });

  it("says who judges a stage resolved: one role, several all satisfied, not stated, or nothing when the file does not say", () => {
    const policy = withTimescale("for: response\namount: 5\nunit: working-days\nfrom: stage-raised");
    const stage = allStages(policy)[0]!;
    expect(describeDecidedBy(policy, stage)).toBeUndefined();
    expect(describeDecidedBy(policy, { ...stage, decidedBy: ["head-of-service"] })).toBe(
      "Head of Service (HoS) judges whether it is resolved.",
    );
    expect(describeDecidedBy(policy, { ...stage, decidedBy: ["line-manager"] })).toBe("Their line manager judges whether it is resolved.");
    expect(describeDecidedBy(policy, { ...stage, decidedBy: ["practitioner", "head-of-service"] })).toBe(
      "It is resolved only when Practitioner and Head of Service (HoS) are both satisfied.",
    );
    expect(describeDecidedBy(policy, { ...stage, decidedBy: notStated })).toBe(
      "Who judges whether it is resolved: not stated in the procedure",
    );
  });

  it("words every part of a condition, false ones too, so nothing a policy writes is ignored", () => {
    const policy = withTimescale("for: response\namount: 5\nunit: working-days\nfrom: stage-raised");
    expect(describeCondition(policy, { notResolved: false })).toBe("if the issue is resolved");
    expect(describeCondition(policy, { imminentSignificantHarm: false, raisedBy: ["practitioner"] })).toBe(
      "if there is no likelihood of imminent significant harm to the child and it is raised by Practitioner",
    );
    expect(describeCondition(policy, {})).toBeUndefined();
  });

  it("says what to do instead of the form on an emergency route, and says so when the policy gives no contact", () => {
    const policy = withTimescale("for: response\namount: 5\nunit: working-days\nfrom: stage-raised");
    const route = {
      id: "urgent",
      kind: "emergency",
      title: "Urgent route",
      when: "The child is at risk today.",
      force: notStated,
      raisedBy: notStated,
      to: notStated,
      toStage: notStated,
      decidedBy: notStated,
      inConjunctionWith: [],
      record: notStated,
      steps: [],
      doubts: [],
    } as const;
    expect(describeEmergencyInstead(policy, route)).toEqual({
      title: "Urgent route",
      when: "The child is at risk today.",
      instead: ["The procedure does not say whom to contact or what to do on this route: read it in the full procedure."],
    });
    expect(describeEmergencyInstead(policy, { ...route, to: notSeen, steps: ["Ring the duty desk."] }).instead).toEqual([
      "Ring the duty desk.",
      "Whom to contact on this route was not available to us: read the route in the full procedure.",
    ]);
    expect(describeEmergencyInstead(policy, { ...route, to: ["head-of-service"] }).instead).toEqual([
      "Speak to Head of Service (HoS) straight away.",
    ]);
  });

  it("says where and when a side action applies, in one way for every page", () => {
    const policy = withTimescale("for: response\namount: 5\nunit: working-days\nfrom: stage-raised");
    const base = {
      id: "x",
      kind: "notify",
      title: "Tell the IRO",
      description: "",
      force: notStated,
      by: notStated,
      to: notStated,
      inConjunctionWith: [],
      record: [],
      doubts: [],
    } as const;
    expect(describeSideActionAt(policy, { ...base, at: "any" })).toBe("At any stage");
    expect(describeSideActionAt(policy, { ...base, at: ["stage-1", "stage-2"] })).toBe("At Stage 1 or Stage 2");
    expect(describeSideActionWhen(policy, { ...base, at: "any", when: { childStatus: ["looked-after", "child-protection-plan"] } })).toBe(
      "if the child is looked after or child protection plan",
    );
    expect(describeSideActionWhen(policy, { ...base, at: "any", when: { notResolved: true } })).toBe("if the issue is not resolved");
    expect(describeSideActionWhen(policy, { ...base, at: "any" })).toBeUndefined();
  });

  it("words an overall limit as for all the stages, or as ambiguous", () => {
    const policy = withTimescale("for: response\namount: 5\nunit: working-days\nfrom: stage-raised");
    const limit = firstTimescale(policy);
    expect(describeOverallLimit(policy, { limit, appliesTo: "all-stages", doubts: [] })).toBe(
      "To reply within 5 working days of the escalation being raised for all the stages together.",
    );
    expect(describeOverallLimit(policy, { limit, appliesTo: "unclear", doubts: [] })).toContain(
      "could mean each stage or all of them together",
    );
    expect(describeRoleKind("relative")).toBe("Relative to the person raising it");
  });
});

describe("sentences made of the source's own text", () => {
  it("never doubles a full stop, and says when a date in force is not known", () => {
    expect(asSentence("to stage four.")).toBe("to stage four.");
    expect(asSentence("to stage four")).toBe("to stage four.");
    expect(describeInForceFrom(notSeen)).toBe("date in force not available to us: see the original");
  });
});
