/**
 * Policy model -> the escalation form: a JSON Schema (draft-07, which rjsf and ajv's
 * standalone validators support best) for the record an IRO, CP chair, manager or
 * practitioner fills in, and the uiSchema that lays it out. Titles and hints come from
 * the policy, so each area's form asks in that area's words.
 */
import { formRecordKeys } from "./form-record-paths.ts";
import { isStated, type Policy, type Route, type Stage } from "../compiler/policy-model.ts";
import { dueTimescale } from "./due-timescale.ts";
import {
  allStages,
  noReplyText,
  describeRouteScope,
  describeCopyTo,
  describeDecidedBy,
  asSentence,
  describeAbsence,
  describeDoubts,
  describeForce,
  describeOutcomesAbsent,
  describeRecordEntry,
  describeRepeat,
  describeRoles,
  describeStagesAbsent,
  describeTimescale,
  joinWords,
  reportStageText,
  roleLabel,
  stagesAbsence,
  recipientsConjunction,
} from "./describe-policy.ts";
import { describeEntryPoint, describeEntryPointOption } from "./describe-entry-point.ts";
import { agenciesNamed, describeByAgencyLine } from "./describe-agency-recipients.ts";
import { describeStageOutput, describeStageOutputsBrief, stageOutputFormTitle } from "./describe-stage-output.ts";
import { describeInsideStage } from "./describe-inside-stage.ts";
import { subjectWords } from "./describe-subject.ts";

/** Bumped when the shape of form data changes incompatibly; saved files record it. */
export const formSchemaVersion = 1;

type Schema = Record<string, unknown>;

export interface FormDefinition {
  readonly schema: Schema;
  readonly uiSchema: Schema;
}

export const childStatusOptions = [
  { const: "child-in-need", title: "Child in need" },
  { const: "child-protection-plan", title: "On a child protection plan" },
  { const: "looked-after", title: "Looked after" },
  { const: "care-leaver", title: "Care leaver" },
  { const: "early-help", title: "Receiving early help" },
  { const: "other", title: "Other or none of these" },
] as const;

const capitalise = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
const text = (title: string, description?: string, maxLength = 200): Schema => ({
  type: "string",
  title,
  maxLength,
  ...(description ? { description } : {}),
});
const longText = (title: string, description?: string): Schema => text(title, description, 5000);
const date = (title: string, description?: string): Schema => ({
  type: "string",
  format: "date",
  title,
  ...(description ? { description } : {}),
});

/** Why the form cannot list the stages, for the hint of the stage question written in words. */
function stagesAbsentHint(policy: Policy): string {
  return describeStagesAbsent(stagesAbsence(policy) ?? "not-stated");
}

function stageOptionTitle(policy: Policy, stage: Stage): string {
  const track = policy.tracks.find((t) => t.id === stage.trackId)!;
  const name = stage.title ? `${stage.name}: ${stage.title}` : stage.name;
  return policy.tracks.length > 1 ? `${track.title} – ${name}` : name;
}

/**
 * The stage question's hint. What the policy says about the chosen stage (who, how, what
 * to record, the timescale) is shown beside the record once a stage is chosen, so the
 * hint stays short; a policy with several tracks says which to pick from.
 */
function stageHint(policy: Policy): string {
  const tracks =
    policy.tracks.length > 1
      ? ` Stages are listed by procedure: ${joinWords(
          policy.tracks.map((t) => t.title),
          "and",
        )}.`
      : "";
  return `The stage of the policy this record is about. What the policy says about it, and its respond-by date, appear when you choose.${tracks}`;
}

/**
 * The emergency route the form screens for, and the question it asks. A route whose
 * condition is imminent significant harm is asked about in those words; another emergency
 * route is asked about in its own words ("Does this describe the concern now?"), with the
 * procedure it belongs to. A route with neither a condition nor words for when it applies
 * gives the form nothing to ask, so it asks nothing rather than something the policy does
 * not say.
 */
export function formEmergency(
  policy: Policy,
): { route: Route; field: "imminentSignificantHarm" | "urgentRoute"; question: string; hint?: string } | undefined {
  const emergencies = policy.routes.filter((r) => r.kind === "emergency");
  const harm = emergencies.find((r) => r.condition?.imminentSignificantHarm === true);
  if (harm)
    return {
      route: harm,
      field: "imminentSignificantHarm",
      question: `Is there a likelihood of imminent significant harm to ${subjectWords(policy).the}?`,
    };
  const worded = emergencies.find((r) => isStated(r.when));
  if (!worded || !isStated(worded.when)) return undefined;
  const scope = describeRouteScope(policy, worded);
  return {
    route: worded,
    field: "urgentRoute",
    question: `Does this describe the concern now? ${asSentence(worded.when)}`,
    ...(scope ? { hint: `${worded.title}. ${scope}` } : { hint: `${worded.title}.` }),
  };
}

export function generateFormSchema(policy: Policy, options: { readonly baseUrl?: string } = {}): FormDefinition {
  const stages = allStages(policy);
  // "5 days" with no word on working or calendar days: the form asks how to count them.
  const unqualifiedDays = stages.some((s) => dueTimescale(s)?.timescale.limit.unit === "days");
  const bypass = policy.routes.find((r) => r.kind === "bypass");
  const emergency = formEmergency(policy);
  const agencies = agenciesNamed(policy, stages);
  const subject = subjectWords(policy);
  // Role names are written as they read mid-sentence ("line manager"); an option starts a line.
  const roleOptions = policy.roles.map((r) => ({
    const: r.id,
    title: capitalise(r.abbreviation ? `${r.title} (${r.abbreviation})` : r.title),
  }));
  const categoryLists = isStated(policy.categoryLists) ? policy.categoryLists : [];
  const categoryOptions = categoryLists.flatMap((list) =>
    list.categories.map((c) => ({ const: c.id, title: categoryLists.length > 1 ? `${list.title}: ${c.title}` : c.title })),
  );

  const policyOutcomes = allStages(policy).flatMap((s) => (isStated(s.outcomes) ? s.outcomes : []));
  const categoryRaisers = Object.fromEntries(
    categoryLists.flatMap((list) =>
      isStated(list.raisedBy) ? list.categories.map((c) => [c.id, [...(list.raisedBy as readonly string[])]]) : [],
    ),
  );
  // With several lists each option is titled "<list>: <category>"; the form drops the
  // prefix when the raiser's role leaves only one list on screen, and names it once instead.
  const categoryGroups =
    categoryLists.length > 1 ? Object.fromEntries(categoryLists.flatMap((list) => list.categories.map((c) => [c.id, list.title]))) : {};
  const categoryUiOptions = {
    ...(Object.keys(categoryRaisers).length > 0 ? { categoryRaisers } : {}),
    ...(Object.keys(categoryGroups).length > 0 ? { categoryGroups } : {}),
  };

  const person = (who: string): Schema => ({
    type: "object",
    title: who,
    required: ["name", "role"],
    properties: {
      name: text("Name"),
      role: { type: "string", title: "Role", oneOf: [...roleOptions, { const: "other", title: "Another role" }] },
      agency: text("Agency or team"),
      contact: text("Email or phone", "How to reach them about this escalation."),
    },
  });

  const stageRecord: Schema = {
    type: "object",
    title: "Stage",
    required: ["stage", "dateRaised"],
    properties: {
      // A policy whose stages were not seen or not stated gives nothing to choose from:
      // the stage is then written as the procedure names it.
      stage:
        stages.length > 0
          ? {
              type: "string",
              title: "Stage",
              description: stageHint(policy),
              oneOf: stages.map((s) => ({ const: s.id, title: stageOptionTitle(policy, s) })),
            }
          : text("Stage", `${stagesAbsentHint(policy)} Write the stage as the procedure names it.`),
      // Where stages name a post per agency, the record says which agency it is raised
      // with, and the stage guide names that agency's post.
      ...(agencies.length > 0
        ? {
            agency: {
              type: "string",
              title: "The agency it is raised with",
              description:
                "At some stages the policy names a different post in each agency. Choose the agency to see whom to raise it with.",
              oneOf: [...agencies.map((a) => ({ const: a, title: a })), { const: "other", title: "Another agency" }],
            },
          }
        : {}),
      dateRaised: date("Date raised at this stage"),
      ...(stages.some((s) => isStated(s.timescales) && s.timescales.some((t) => t.limit.unit === "hours"))
        ? {
            timeRaised: {
              type: "string",
              title: "Time raised (for timescales in hours)",
              pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$",
              description: "24-hour clock, for example 14:30.",
            },
          }
        : {}),
      [formRecordKeys.respondBy]: {
        type: "string",
        title: "Respond by",
        readOnly: true,
        description: "Worked out from the policy's timescale for this stage, skipping weekends and bank holidays.",
      },
      actionsPreviouslyTaken: longText("Actions previously taken to resolve it"),
      actionsRequired: longText("Actions required to address it"),
      response: longText("Response received"),
      outcome: {
        type: "string",
        title: "Outcome",
        oneOf: [
          { const: "resolved", title: "Resolved" },
          { const: "not-resolved", title: "Not resolved" },
          // Only where the policy makes them ways on of their own.
          ...(policyOutcomes.some((o) => o.result === "no-reply") ? [{ const: "no-reply", title: noReplyText }] : []),
          ...[...new Set(policyOutcomes.flatMap((o) => (o.result === "other" && o.name ? [o.name] : [])))].map((name) => ({
            const: name,
            title: name,
          })),
          { const: "escalated", title: "Escalated to the next stage" },
        ],
      },
      ...(bypass
        ? {
            bypass: { type: "boolean", title: "This stage bypassed earlier stages" },
            bypassReasons: longText(
              "Reasons for bypassing earlier stages",
              isStated(bypass.record) ? asSentence(`The policy says: ${bypass.record.join("; ")}`) : undefined,
            ),
          }
        : {}),
    },
    ...(bypass
      ? {
          if: { properties: { bypass: { const: true } }, required: ["bypass"] },
          then: { properties: { bypassReasons: { type: "string", minLength: 1 } }, required: ["bypassReasons"] },
        }
      : {}),
  };

  const sideActions: Schema = Object.fromEntries(
    policy.sideActions.map((a) => [
      a.id,
      {
        type: "object",
        title: a.title,
        description: [a.description, a.address ? `Address: ${a.address}.` : ""].filter(Boolean).join(" "),
        properties: {
          done: { type: "boolean", title: "Done" },
          date: date("Date"),
          notes: longText(a.record.length > 0 ? `Record: ${a.record.join("; ")}` : "Notes"),
        },
      },
    ]),
  );

  // A place for each thing a stage must produce, shown once a record is at that stage.
  const outputs = stages.flatMap((stage) => stage.outputs.map((output) => ({ stage, output })));
  const stageOutputs: Schema = Object.fromEntries(
    outputs.map(({ stage, output }) => [
      output.id,
      {
        type: "object",
        title: stageOutputFormTitle(stage, output),
        description: describeStageOutput(policy, output),
        properties: {
          done: { type: "boolean", title: output.kind === "acknowledgement" || output.kind === "letter" ? "Sent" : "Done" },
          date: date("Date"),
          ...Object.fromEntries(
            output.parts.map((part, i) => [
              `part${i + 1}`,
              {
                type: "object",
                title: part.title,
                properties: { done: { type: "boolean", title: "Completed" }, date: date("Date completed") },
              },
            ]),
          ),
          ...(output.endorsedBy
            ? { endorsed: { type: "boolean", title: `Endorsed by ${describeRoles(policy, output.endorsedBy, "long", "and")}` } }
            : {}),
          notes: longText("Notes"),
        },
      },
    ]),
  );

  const schema: Schema = {
    $schema: "http://json-schema.org/draft-07/schema#",
    ...(options.baseUrl ? { $id: `${options.baseUrl.replace(/\/$/, "")}/forms/${policy.areaId}/${policy.revisionId}.schema.json` } : {}),
    title: `Escalation record: ${policy.title}`,
    description: `${policy.area.displayName}, version ${policy.revision.version}.`,
    type: "object",
    required: ["child", "people", "concern", "stages"],
    properties: {
      child: {
        type: "object",
        title: `About ${subject.the}`,
        ...(subject.note ? { description: subject.note } : {}),
        required: ["name", "status"],
        properties: {
          name: text(capitalise(`${subject.possessive} name`)),
          dateOfBirth: date("Date of birth"),
          reference: text("Case reference", `The ${subject.possessive} identifier in your case management system.`),
          status: {
            type: "array",
            title: subject.note ? `The ${subject.possessive} status, if a child` : "The child's status",
            description: "Select all that apply.",
            uniqueItems: true,
            minItems: 1,
            items: { type: "string", oneOf: childStatusOptions.map((o) => ({ ...o })) },
          },
          ...(emergency
            ? {
                [emergency.field]: {
                  type: "string",
                  title: emergency.question,
                  ...(emergency.hint ? { description: emergency.hint } : {}),
                  oneOf: [
                    { const: "yes", title: "Yes" },
                    { const: "no", title: "No" },
                  ],
                },
              }
            : {}),
        },
      },
      people: {
        type: "object",
        title: "The people",
        required: ["raiser", "recipient"],
        properties: { raiser: person("Raised by"), recipient: person("Raised with") },
      },
      concern: {
        type: "object",
        title: "The concern",
        required: ["description", "outcomeSought"],
        properties: {
          // Where the policy starts in a different place for each kind of concern, the form
          // asks which kind this is; choosing sets the first stage record's stage.
          ...(policy.entryPoints.length > 0
            ? {
                entryPoint: {
                  type: "string",
                  title: "What kind of concern is it?",
                  description: `The policy starts in a different place for each. ${policy.entryPoints
                    .map((e) => {
                      const words = describeEntryPoint(policy, e);
                      return `${words.title}: ${words.start}`;
                    })
                    .join(" ")} Choosing one sets the first stage below.`,
                  oneOf: policy.entryPoints.map((e) => ({ const: e.id, title: describeEntryPointOption(e) })),
                },
              }
            : {}),
          ...(categoryOptions.length > 0
            ? {
                category: {
                  type: "string",
                  title: "Category of disagreement",
                  oneOf: [...categoryOptions, { const: "other", title: "Something else" }],
                },
              }
            : {}),
          description: longText("What the disagreement is about"),
          impactOnChild: longText(`Impact on ${subject.the}`),
          outcomeSought: longText(`The outcome sought for ${subject.the}`),
          livedExperience: longText(`The ${subject.possessive} lived experience and views`),
        },
      },
      [formRecordKeys.stages]: { type: "array", title: "Stages", minItems: 1, maxItems: 20, items: stageRecord },
      ...(outputs.length > 0
        ? { [formRecordKeys.stageOutputs]: { type: "object", title: "What the stages produce", properties: stageOutputs } }
        : {}),
      ...(policy.sideActions.length > 0
        ? { [formRecordKeys.sideActions]: { type: "object", title: "Actions beside the stages", properties: sideActions } }
        : {}),
      ...(unqualifiedDays
        ? {
            daysCount: {
              type: "string",
              title: "How should days be counted?",
              description:
                "The policy gives a reply time in days without saying working days or calendar days. Choose how to count them; the record says which you chose.",
              oneOf: [
                { const: "working", title: "Working days (skip weekends and bank holidays)" },
                { const: "calendar", title: "Calendar days" },
              ],
            },
          }
        : {}),
      ...(isStated(policy.area.jurisdiction)
        ? {}
        : {
            bankHolidays: {
              type: "string",
              title: "Which bank holidays apply?",
              description:
                "The policy does not say which UK nation it belongs to, so choose whose bank holidays to skip when working out due dates.",
              oneOf: [
                { const: "england", title: "England" },
                { const: "wales", title: "Wales" },
                { const: "scotland", title: "Scotland" },
                { const: "northern-ireland", title: "Northern Ireland" },
              ],
            },
          }),
    },
  };

  const longTextUi = { "ui:widget": "textarea", "ui:options": { rows: 4 } };
  const uiSchema: Schema = {
    "ui:order": [
      "bankHolidays",
      "daysCount",
      "child",
      "people",
      "concern",
      formRecordKeys.stages,
      formRecordKeys.stageOutputs,
      formRecordKeys.sideActions,
      "*",
    ],
    child: {
      // The screening question comes first: a yes stops the form before anything is typed.
      ...(emergency ? { "ui:order": [emergency.field, "*"] } : {}),
      status: { "ui:widget": "checkboxes" },
      ...(emergency ? { [emergency.field]: { "ui:widget": "radio" } } : {}),
      dateOfBirth: { "ui:widget": "govukDate" },
    },
    concern: {
      ...(policy.entryPoints.length > 0 ? { "ui:order": ["entryPoint", "*"], entryPoint: { "ui:widget": "radio" } } : {}),
      category: { "ui:widget": "radio", ...(Object.keys(categoryUiOptions).length > 0 ? { "ui:options": categoryUiOptions } : {}) },
      description: longTextUi,
      impactOnChild: longTextUi,
      outcomeSought: longTextUi,
      livedExperience: longTextUi,
    },
    people: {
      raiser: {
        name: { "ui:options": { errorLabel: "the name of the person raising the concern" } },
        role: {
          "ui:options": { errorLabel: "the role of the person raising the concern" },
          "ui:help":
            `Roles named in the policy. ${isStated(policy.tracks[0]!.raisedBy) ? `This procedure is usually started by ${describeRoles(policy, policy.tracks[0]!.raisedBy)}.` : ""}`.trim(),
        },
      },
      recipient: {
        name: { "ui:options": { errorLabel: "the name of the person it is raised with" } },
        role: { "ui:options": { errorLabel: "the role of the person it is raised with" } },
      },
    },
    [formRecordKeys.stages]: {
      "ui:options": { addText: "Add the next stage", orderable: false },
      items: {
        "ui:options": { itemTitle: "Stage record" },
        dateRaised: { "ui:widget": "govukDate" },
        ...(agencies.length > 0 ? { agency: { "ui:widget": "radio" } } : {}),
        actionsPreviouslyTaken: longTextUi,
        actionsRequired: longTextUi,
        response: longTextUi,
        outcome: { "ui:widget": "radio" },
        bypassReasons: longTextUi,
        ...(bypass ? { "ui:options": { showWhen: { bypassReasons: "bypass" } } } : {}),
      },
    },
    ...(outputs.length > 0
      ? {
          [formRecordKeys.stageOutputs]: Object.fromEntries(
            outputs.map(({ stage, output }) => [
              output.id,
              {
                // Every output's date is titled "Date": the error summary names whose it is.
                date: { "ui:widget": "govukDate", "ui:options": { errorLabel: `the date for ${stageOutputFormTitle(stage, output)}` } },
                notes: longTextUi,
                ...Object.fromEntries(
                  output.parts.map((part, i) => [
                    `part${i + 1}`,
                    { date: { "ui:widget": "govukDate", "ui:options": { errorLabel: `the date ${part.title} was completed` } } },
                  ]),
                ),
              },
            ]),
          ),
        }
      : {}),
    [formRecordKeys.sideActions]: Object.fromEntries(
      policy.sideActions.map((a) => [
        a.id,
        { date: { "ui:widget": "govukDate", "ui:options": { errorLabel: `the date for ${a.title}` } }, notes: longTextUi },
      ]),
    ),
    bankHolidays: { "ui:widget": "radio" },
    daysCount: { "ui:widget": "radio" },
  };
  return { schema, uiSchema };
}

/**
 * Who the policy says raises and receives, as two lines so that a party the policy does
 * not name reads "Raised with: not stated." rather than "with not stated".
 */
function describeStageParties(policy: Policy, stage: Stage): string[] {
  const from = isStated(stage.raisedBy)
    ? joinWords(stage.raisedBy.map((id) => roleLabel(policy, id, "long")))
    : describeAbsence(stage.raisedBy.absent);
  const to = isStated(stage.to)
    ? joinWords(
        stage.to.map((id) => roleLabel(policy, id, "long")),
        recipientsConjunction(stage),
      )
    : describeAbsence(stage.to.absent);
  const may =
    !isStated(stage.mayInvolve) || stage.mayInvolve.length > 0
      ? [`May involve: ${describeRoles(policy, stage.mayInvolve, "long", "or")}.`]
      : [];
  const copies = describeCopyTo(policy, stage);
  const decided = describeDecidedBy(policy, stage);
  return [
    `Raised by: ${from}.`,
    `Raised with: ${to}.`,
    ...[describeByAgencyLine(policy, stage)].filter((line) => line !== undefined),
    ...(copies ? [`Copied to: ${copies}.`] : []),
    ...may,
    ...(decided ? [decided] : []),
  ];
}

/**
 * What the policy says about one stage, in the words the form shows beside a stage record
 * once its stage is chosen: who, how, what to send and what to record. "Not stated"
 * items are said so, as everywhere else on the site.
 */
export function describeStageGuide(policy: Policy, stage: Stage): string[] {
  const lines = [...describeStageParties(policy, stage), ...describeInsideStage(policy, stage)];
  if (isStated(stage.force)) lines.push(`Raising it: ${describeForce(stage.force)}.`);
  if (isStated(stage.methods) && stage.methods.length > 0) {
    lines.push(
      `How: ${stage.methods
        .map(
          (m) =>
            `${m.method.replace(/-/g, " ")}${isStated(m.force) ? ` (${m.force})` : ""}${m.detail ? ` (${m.detail})` : ""}${m.marking ? `, marked "${m.marking.text}"${isStated(m.marking.place) ? ` in the ${m.marking.place}` : ""}` : ""}`,
        )
        .join("; ")}.`,
    );
  } else lines.push(`How: ${isStated(stage.methods) ? describeAbsence("not-stated") : describeAbsence(stage.methods.absent)}.`);
  if (isStated(stage.send) && stage.send.length > 0) lines.push(asSentence(`Send: ${stage.send.join("; ")}`));
  const produces = describeStageOutputsBrief(stage);
  if (produces) lines.push(`${asSentence(produces)} Below the stage records is a place for each.`);
  lines.push(
    `What to record: ${isStated(stage.record) ? stage.record.map(describeRecordEntry).join("; ") : describeAbsence(stage.record.absent)}.`,
  );
  lines.push(
    isStated(stage.timescales) && stage.timescales.length > 0
      ? `Timescale: ${stage.timescales.map((t) => describeTimescale(policy, t)).join("; ")}.`
      : `Timescale: ${isStated(stage.timescales) ? describeAbsence("not-stated") : describeAbsence(stage.timescales.absent)}.`,
  );
  if (!stage.replyExpected) lines.push(reportStageText);
  const repeat = describeRepeat(stage);
  if (repeat) lines.push(repeat);
  if (!isStated(stage.outcomes) && !stage.isLast) lines.push(describeOutcomesAbsent(stage.outcomes.absent));
  lines.push(...describeDoubts([...stage.doubts, ...(isStated(stage.timescales) ? stage.timescales.flatMap((t) => t.doubts) : [])]));
  return lines;
}
