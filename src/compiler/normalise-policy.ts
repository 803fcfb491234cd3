import type * as In from "./policy-input.ts";
import { parsePartialDate } from "./parse-partial-date.ts";
import {
  notStated,
  type Condition,
  type Method,
  type Next,
  type Outcome,
  type PartialDate,
  type Policy,
  type Stated,
  type Timescale,
  type TimescaleUnit,
} from "./policy-model.ts";

export interface PolicyIdentity {
  readonly areaId: string;
  readonly revisionId: string;
  readonly file: string;
}

const isNotStated = (value: unknown): value is "not stated" => value === "not stated";

function stated<I, O>(value: I | "not stated", map: (value: I) => O): Stated<O> {
  return isNotStated(value) ? notStated : map(value);
}
function statedValue<T>(value: T | "not stated" | undefined): Stated<Exclude<T, "not stated">> {
  return value === undefined || isNotStated(value) ? notStated : (value as Exclude<T, "not stated">);
}
/** Dates are checked by checkPolicySemantics before normalising, so an unparseable one is a bug. */
function date(value: string | undefined): Stated<PartialDate> {
  if (value === undefined || isNotStated(value)) return notStated;
  const parsed = parsePartialDate(value);
  if (!parsed) throw new Error(`normalisePolicy: date ${value} was not checked`);
  return parsed;
}
const roleRefs = (value: In.RoleRefs | undefined): Stated<readonly string[]> =>
  value === undefined ? notStated : stated(value, (v) => [...v]);

function next(ref: string, stageIds: ReadonlySet<string>): Next {
  if (ref === "end") return { kind: "end" };
  if (ref === "final") return { kind: "final" };
  return stageIds.has(ref) ? { kind: "stage", id: ref } : { kind: "meeting", id: ref };
}

function condition(input: In.Condition | undefined): Condition | undefined {
  if (!input) return undefined;
  return { ...input };
}

function method(input: In.Method): Method {
  return {
    method: input.method,
    detail: input.detail,
    marking: input.marking,
    markingPlace: input.marking === undefined ? notStated : statedValue(input.markingPlace),
    force: statedValue(input.force),
  };
}

function timescale(input: In.Timescale): Timescale {
  return {
    for: input.for,
    who: statedValue(input.who),
    amount: input.amount,
    unit: input.unit as TimescaleUnit,
    from: statedValue(input.from),
    when: condition(input.when),
    wording: input.wording,
  };
}

/**
 * Turns schema-valid, semantically checked input into the Policy model. It trusts its
 * input: checkPolicySemantics runs first, so references resolve and dates parse.
 */
export function normalisePolicy(input: In.PolicyInput, identity: PolicyIdentity): Policy {
  const stageIds = new Set(input.tracks.flatMap((t) => t.stages.map((s) => s.id)));
  const outcomes = (list: readonly In.Outcome[] | undefined): Outcome[] =>
    (list ?? []).map((o) => ({ result: o.result, next: next(o.next, stageIds), description: o.description }));
  const name = statedValue(input.area.name);

  return {
    id: `${identity.areaId}/${identity.revisionId}`,
    areaId: identity.areaId,
    revisionId: identity.revisionId,
    file: identity.file,
    formatVersion: input.formatVersion,
    title: input.title,
    summary: statedValue(input.summary),
    purpose: statedValue(input.purpose),
    area: {
      name,
      displayName: typeof name === "string" ? name : (input.area.label ?? identity.areaId),
      owner: statedValue(input.area.owner),
      jurisdiction: statedValue(input.area.jurisdiction),
      colour: input.area.colour,
    },
    audience: stated(input.audience, (v) => [...v]),
    source: {
      title: input.source.title,
      owner: statedValue(input.source.owner),
      date: date(input.source.date),
      dateNote: input.source.dateNote,
      reference: input.source.reference,
      url: input.source.url,
      attachments: input.source.attachments ?? [],
    },
    revision: {
      version: input.revision.version,
      published: date(input.revision.published),
      effective: date(input.revision.effective),
      nextReview: date(input.revision.nextReview),
      reviewedBy: statedValue(input.revision.reviewedBy),
      amendments: (input.revision.amendments ?? []).map((a) => ({ date: date(a.date), note: a.note })),
    },
    principles: stated(input.principles, (list) =>
      list.map((p) => ({ id: p.id, title: p.title, text: p.text, force: statedValue(p.force), group: p.group })),
    ),
    scope: {
      covers: stated(input.scope.covers, (v) => [...v]),
      useWhen: input.scope.useWhen ?? [],
      excludes: stated(input.scope.excludes, (list) =>
        list.map((e) => ({ what: e.what, instead: statedValue(e.instead), trackId: e.track })),
      ),
    },
    roles: input.roles.map((r) => ({
      id: r.id,
      title: r.title,
      abbreviation: r.abbreviation,
      alsoCalled: r.alsoCalled ?? [],
      kind: r.kind,
      description: r.description,
      includes: r.includes ?? [],
      email: r.email,
    })),
    priorities: (input.priorities ?? []).map((p) => ({ id: p.id, title: p.title, description: p.description })),
    categoryLists:
      input.categoryLists === undefined
        ? notStated
        : stated(input.categoryLists, (lists) =>
            lists.map((l) => ({
              id: l.id,
              title: l.title,
              raisedBy: roleRefs(l.raisedBy),
              exhaustive: l.exhaustive ?? notStated,
              categories: l.categories.map((c) => ({ id: c.id, title: c.title, examples: c.examples ?? [] })),
            })),
          ),
    childStatuses: input.childStatuses ?? [],
    tracks: input.tracks.map((t) => ({
      id: t.id,
      title: t.title,
      description: t.description,
      raisedBy: roleRefs(t.raisedBy),
      stageTerm: statedValue(t.stageTerm),
      phases: (t.phases ?? []).map((p) => ({ id: p.id, title: p.title, formality: statedValue(p.formality) })),
      stages: t.stages.map((s, index) => ({
        id: s.id,
        trackId: t.id,
        index,
        isLast: index === t.stages.length - 1,
        name: s.name,
        title: s.title,
        phaseId: s.phase,
        formality: statedValue(s.formality),
        raisedBy: roleRefs(s.raisedBy),
        to: roleRefs(s.to),
        eachAgency: s.eachAgency ?? false,
        with: s.with === undefined ? notStated : roleRefs(s.with),
        summary: s.summary,
        purpose: s.purpose,
        steps: s.steps ?? [],
        send: s.send === undefined ? notStated : stated(s.send, (v) => [...v]),
        methods: stated(s.methods, (list) => list.map(method)),
        record: stated(s.record, (list) => list.map((r) => ({ what: r.what, where: statedValue(r.where), by: r.by }))),
        timescales: stated(s.timescales, (list) => list.map(timescale)),
        outcomes: outcomes(s.outcomes),
      })),
      whenLastStageFails: stated(t.whenLastStageFails, (f) => ({
        summary: f.summary,
        meetingId: f.meeting,
        decidedBy: roleRefs(f.decidedBy),
        caseReview: f.caseReview,
      })),
    })),
    meetings: (input.meetings ?? []).map((m) => ({
      id: m.id,
      title: m.title,
      when: m.when,
      duringStageId: m.duringStage,
      attendees: roleRefs(m.attendees),
      purpose: statedValue(m.purpose),
      optional: m.optional ?? false,
      outcomes: outcomes(m.outcomes),
    })),
    routes: (input.routes ?? []).map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      when: statedValue(r.when),
      condition: condition(r.condition),
      trackId: r.track,
      raisedBy: roleRefs(r.raisedBy),
      to: roleRefs(r.to),
      toStage: statedValue(r.toStage),
      decidedBy: roleRefs(r.decidedBy),
      inConjunctionWith: r.inConjunctionWith === undefined || isNotStated(r.inConjunctionWith) ? [] : [...r.inConjunctionWith],
      record: stated(r.record, (v) => [...v]),
      steps: r.steps ?? [],
    })),
    sideActions: (input.sideActions ?? []).map((a) => ({
      id: a.id,
      kind: a.kind,
      title: a.title,
      description: a.description,
      force: statedValue(a.force),
      at: a.at === "any" ? "any" : [...a.at],
      when: condition(a.when),
      by: roleRefs(a.by),
      to: roleRefs(a.to),
      inConjunctionWith: a.inConjunctionWith === undefined || isNotStated(a.inConjunctionWith) ? [] : [...a.inConjunctionWith],
      method: a.method ? method(a.method) : undefined,
      address: a.address,
      timescale: a.timescale ? timescale(a.timescale) : undefined,
      record: a.record ?? [],
    })),
    learning:
      input.learning === undefined
        ? notStated
        : stated(input.learning, (l) => ({
            summary: l.summary,
            examples: l.examples ?? [],
            forwardTo: l.forwardTo,
            caseReview: l.caseReview,
          })),
    monitoring:
      input.monitoring === undefined
        ? notStated
        : stated(input.monitoring, (list) =>
            list.map((m) => ({ what: m.what, by: statedValue(m.by), frequency: statedValue(m.frequency) })),
          ),
    relatedDocuments:
      input.relatedDocuments === undefined
        ? notStated
        : stated(input.relatedDocuments, (list) => list.map((d) => ({ title: d.title, detail: d.detail, url: d.url }))),
    contacts: (input.contacts ?? []).map((c) => ({ who: c.who, roleId: c.role, email: c.email, phone: c.phone })),
    notes: input.notes ?? [],
  };
}
