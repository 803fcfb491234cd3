import type * as In from "./policy-input.ts";
import { parsePartialDate } from "./parse-partial-date.ts";
import {
  notSeen,
  notStated,
  type Condition,
  type CountedUnit,
  type Doubts,
  type Limit,
  type Method,
  type Next,
  type Outcome,
  type PartialDate,
  type Policy,
  type Source,
  type StartPoint,
  type Stated,
  type Timescale,
  type UncountedLimit,
} from "./policy-model.ts";
import { isAbsentWord as isAbsent, isCountedUnit as isCounted } from "./policy-model.ts";

export interface PolicyIdentity {
  readonly areaId: string;
  readonly revisionId: string;
  readonly file: string;
}

const absent = (value: In.Absent) => (value === "not seen" ? notSeen : notStated);

function stated<I, O>(value: I | In.Absent, map: (value: I) => O): Stated<O> {
  return isAbsent(value) ? absent(value) : map(value as I);
}
/** A value that may be left out: leaving it out is read as "not stated". */
function statedValue<T>(value: T | In.Absent | undefined): Stated<Exclude<T, In.Absent>> {
  if (value === undefined) return notStated;
  return isAbsent(value) ? absent(value) : (value as Exclude<T, In.Absent>);
}
/** Dates are checked by checkPolicySemantics before normalising, so an unparseable one is a bug. */
function date(value: string | undefined): Stated<PartialDate> {
  if (value === undefined) return notStated;
  if (isAbsent(value)) return absent(value);
  const parsed = parsePartialDate(value);
  if (!parsed) throw new Error(`normalisePolicy: date ${value} was not checked`);
  return parsed;
}
const roleRefs = (value: In.RoleRefs | undefined): Stated<readonly string[]> =>
  value === undefined ? notStated : stated(value, (v) => [...v]);
const roleList = (value: In.RoleRefs | undefined): readonly string[] => (value === undefined || isAbsent(value) ? [] : [...value]);

function doubts(input: readonly In.Doubt[] | undefined): Doubts {
  return (input ?? []).map((d) =>
    d.unclear !== undefined
      ? { kind: "unclear" as const, about: d.about, note: d.unclear }
      : { kind: "outside-source" as const, about: d.about, note: d.outsideSource ?? "" },
  );
}

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
    marking: input.marking === undefined ? undefined : { text: input.marking, place: statedValue(input.markingPlace) },
    force: statedValue(input.force),
    doubts: doubts(input.doubts),
  };
}

function limit(input: In.Timescale): Limit {
  // checkPolicySemantics guarantees a known unit, and an amount exactly when it is counted.
  if (isCounted(input.unit)) return { kind: "counted", amount: statedValue(input.amount), unit: input.unit };
  return { kind: "uncounted", unit: input.unit as UncountedLimit };
}

function startPoint(input: In.Timescale["from"]): Stated<StartPoint> {
  if (isAbsent(input)) return absent(input);
  if (typeof input === "string") return { kind: input };
  if ("event" in input) return { kind: "event", event: input.event };
  if ("stage" in input) return { kind: "stage", stageId: input.stage };
  return { kind: "meeting", meetingId: input.meeting };
}

function timescale(input: In.Timescale): Timescale {
  return {
    for: statedValue(input.for),
    who: statedValue(input.who),
    limit: limit(input),
    alsoStatedAs: input.alsoStatedAs ? { amount: input.alsoStatedAs.amount, unit: input.alsoStatedAs.unit as CountedUnit } : undefined,
    bound: input.bound ?? "within",
    asSoonAsPossible: input.asSoonAsPossible ?? false,
    orSooner: input.orSooner === undefined ? undefined : { alternative: input.orSooner, whicheverIsLess: input.whicheverIsLess ?? false },
    from: startPoint(input.from),
    when: condition(input.when),
    wording: input.wording,
    force: statedValue(input.force),
    doubts: doubts(input.doubts),
  };
}

function source(input: In.Source, index: number): Source {
  return {
    id: input.id ?? (index === 0 ? "main" : `source-${index + 1}`),
    title: statedValue(input.title),
    owner: statedValue(input.owner),
    date: date(input.date),
    dateNote: input.dateNote,
    reference: input.reference,
    url: input.url,
    covers: input.covers,
    attachments: input.attachments ?? [],
    doubts: doubts(input.doubts),
  };
}

/**
 * Turns schema-valid, semantically checked input into the Policy model. It trusts its
 * input: checkPolicySemantics runs first, so references resolve and dates parse.
 */
export function normalisePolicy(input: In.PolicyInput, identity: PolicyIdentity): Policy {
  const stageIds = new Set(input.tracks.flatMap((t) => (Array.isArray(t.stages) ? t.stages.map((s) => s.id) : [])));
  const outcomes = (list: readonly In.Outcome[] | undefined): Outcome[] =>
    (list ?? []).map((o) => ({
      result: o.result,
      name: o.name,
      next: next(o.next, stageIds),
      description: o.description,
      doubts: doubts(o.doubts),
    }));
  const name = statedValue(input.area.name);
  const [main, ...others] = input.sources;

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
      doubts: doubts(input.area.doubts),
    },
    audience: stated(input.audience, (v) => [...v]),
    about: input.about ?? "children",
    sources: [source(main, 0), ...others.map((s, i) => source(s, i + 1))],
    revision: {
      version: input.revision.version,
      published: date(input.revision.published),
      effective: date(input.revision.effective),
      nextReview: date(input.revision.nextReview),
      reviewedBy: statedValue(input.revision.reviewedBy),
      supersedes: input.revision.supersedes,
      amendments: (input.revision.amendments ?? []).map((a) => ({ date: date(a.date), note: a.note, doubts: doubts(a.doubts) })),
      doubts: doubts(input.revision.doubts),
    },
    principles: stated(input.principles, (list) =>
      list.map((p) => ({ id: p.id, title: p.title, text: p.text, force: statedValue(p.force), group: p.group, doubts: doubts(p.doubts) })),
    ),
    scope: {
      covers: stated(input.scope.covers, (v) => [...v]),
      useWhen: input.scope.useWhen ?? [],
      excludes: stated(input.scope.excludes, (list) =>
        list.map((e) => ({
          what: e.what,
          instead: statedValue(e.instead),
          trackId: e.track,
          force: statedValue(e.force),
          doubts: doubts(e.doubts),
        })),
      ),
      signposts: (input.scope.signposts ?? []).map((s) => ({ what: s.what, url: s.url, doubts: doubts(s.doubts) })),
      doubts: doubts(input.scope.doubts),
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
      foundIn: r.foundIn,
      coveredBy: r.coveredBy ?? [],
      doubts: doubts(r.doubts),
    })),
    priorities: (input.priorities ?? []).map((p) => ({ id: p.id, title: p.title, description: p.description, doubts: doubts(p.doubts) })),
    categoryLists:
      input.categoryLists === undefined
        ? notStated
        : stated(input.categoryLists, (lists) =>
            lists.map((l) => ({
              id: l.id,
              title: l.title,
              raisedBy: roleRefs(l.raisedBy),
              exhaustive: l.exhaustive ?? notStated,
              categories: l.categories.map((c) => ({ id: c.id, title: c.title, examples: c.examples ?? [], doubts: doubts(c.doubts) })),
              doubts: doubts(l.doubts),
            })),
          ),
    childStatuses: input.childStatuses ?? [],
    tracks: input.tracks.map((t) => ({
      id: t.id,
      title: t.title,
      description: t.description,
      owner: t.owner === undefined ? undefined : statedValue(t.owner),
      sourceId: t.source,
      raisedBy: roleRefs(t.raisedBy),
      stageTerm: statedValue(t.stageTerm),
      phases: (t.phases ?? []).map((p) => ({ id: p.id, title: p.title, formality: statedValue(p.formality), doubts: doubts(p.doubts) })),
      stages: stated(t.stages, (list) =>
        list.map((s, index) => ({
          id: s.id,
          trackId: t.id,
          index,
          isLast: index === list.length - 1,
          name: s.name,
          title: s.title,
          phaseId: s.phase,
          formality: statedValue(s.formality),
          force: statedValue(s.force),
          raisedBy: roleRefs(s.raisedBy),
          consultFirst: s.consultFirst === undefined ? undefined : roleRefs(s.consultFirst),
          to: roleRefs(s.to),
          recipients: s.recipients,
          recipientDoes: s.recipientDoes ?? [],
          decidedBy: s.decidedBy === undefined ? undefined : roleRefs(s.decidedBy),
          copyTo: s.copyTo === undefined ? [] : roleRefs(s.copyTo),
          eachAgency: s.eachAgency ?? false,
          byAgency: (s.byAgency ?? []).map((a) => ({ agency: a.agency, to: roleRefs(a.to), note: a.note, doubts: doubts(a.doubts) })),
          with: s.with === undefined ? notStated : roleRefs(s.with),
          mayInvolve: s.mayInvolve === undefined ? [] : roleRefs(s.mayInvolve),
          replyExpected: s.replyExpected ?? true,
          repeat: s.repeat ? { until: s.repeat.until, description: s.repeat.description } : undefined,
          summary: s.summary,
          purpose: s.purpose,
          steps: s.steps ?? [],
          send: s.send === undefined ? notStated : stated(s.send, (v) => [...v]),
          methods: stated(s.methods, (list) => list.map(method)),
          record: stated(s.record, (list) =>
            list.map((r) => ({
              what: r.what,
              where: statedValue(r.where),
              by: r.by,
              force: statedValue(r.force),
              doubts: doubts(r.doubts),
            })),
          ),
          timescales: stated(s.timescales, (list) => list.map(timescale)),
          outputs: (s.outputs ?? []).map((o) => ({
            id: o.id,
            kind: o.kind,
            title: o.title,
            by: o.by === undefined ? undefined : roleRefs(o.by),
            to: o.to === undefined ? undefined : roleRefs(o.to),
            timescales: (o.timescales ?? []).map(timescale),
            parts: (o.parts ?? []).map((p) => ({
              title: p.title,
              by: roleRefs(p.by),
              to: p.to === undefined ? undefined : roleRefs(p.to),
              timescales: (p.timescales ?? []).map(timescale),
              doubts: doubts(p.doubts),
            })),
            endorsedBy: o.endorsedBy === undefined ? undefined : roleRefs(o.endorsedBy),
            closes: o.closes ?? false,
            force: statedValue(o.force),
            doubts: doubts(o.doubts),
          })),
          outcomes: stated(s.outcomes, (list) => outcomes(list)),
          doubts: doubts(s.doubts),
        })),
      ),
      overallLimit: t.overallLimit
        ? { limit: timescale(t.overallLimit.limit), appliesTo: t.overallLimit.appliesTo, doubts: doubts(t.overallLimit.doubts) }
        : undefined,
      whenLastStageFails: stated(t.whenLastStageFails, (f) => ({
        summary: f.summary,
        meetingId: f.meeting,
        decidedBy: roleRefs(f.decidedBy),
        caseReview: f.caseReview,
        doubts: doubts(f.doubts),
      })),
      doubts: doubts(t.doubts),
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
      doubts: doubts(m.doubts),
    })),
    entryPoints: (input.entryPoints ?? []).map((e) => ({
      id: e.id,
      title: e.title,
      when: statedValue(e.when),
      stageId: e.stage,
      timescales: e.timescales === undefined ? undefined : stated(e.timescales, (list) => list.map(timescale)),
      doubts: doubts(e.doubts),
    })),
    routes: (input.routes ?? []).map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      when: statedValue(r.when),
      condition: condition(r.condition),
      trackId: r.track,
      force: statedValue(r.force),
      raisedBy: roleRefs(r.raisedBy),
      to: roleRefs(r.to),
      toStage: r.toAnyHigherStage ? { kind: "any-higher" } : r.toStage !== undefined ? { kind: "stage", stageId: r.toStage } : notStated,
      decidedBy: roleRefs(r.decidedBy),
      consultFirst: r.consultFirst === undefined ? undefined : roleRefs(r.consultFirst),
      inConjunctionWith: roleList(r.inConjunctionWith),
      record: stated(r.record, (v) => [...v]),
      steps: r.steps ?? [],
      timescales: r.timescales === undefined ? undefined : stated(r.timescales, (list) => list.map(timescale)),
      doubts: doubts(r.doubts),
    })),
    advisers: input.advisers
      ? { roles: [...input.advisers.roles], when: input.advisers.when, doubts: doubts(input.advisers.doubts) }
      : undefined,
    sideActions: (input.sideActions ?? []).map((a) => ({
      id: a.id,
      kind: a.kind,
      title: a.title,
      description: a.description,
      force: statedValue(a.force),
      at: a.at === "any" ? "any" : [...a.at],
      on: a.on,
      when: condition(a.when),
      by: roleRefs(a.by),
      to: roleRefs(a.to),
      inConjunctionWith: roleList(a.inConjunctionWith),
      method: a.method ? method(a.method) : undefined,
      address: a.address,
      timescale: a.timescale ? timescale(a.timescale) : undefined,
      record: a.record ?? [],
      doubts: doubts(a.doubts),
    })),
    learning:
      input.learning === undefined
        ? notStated
        : stated(input.learning, (l) => ({
            summary: l.summary,
            examples: l.examples ?? [],
            forwardTo: l.forwardTo,
            caseReview: l.caseReview,
            doubts: doubts(l.doubts),
          })),
    monitoring:
      input.monitoring === undefined
        ? notStated
        : stated(input.monitoring, (list) =>
            list.map((m) => ({ what: m.what, by: statedValue(m.by), frequency: statedValue(m.frequency), doubts: doubts(m.doubts) })),
          ),
    relatedDocuments:
      input.relatedDocuments === undefined
        ? notStated
        : stated(input.relatedDocuments, (list) =>
            list.map((d) => ({ title: d.title, detail: d.detail, url: d.url, mentioned: d.mentioned ?? false, doubts: doubts(d.doubts) })),
          ),
    contacts: (input.contacts ?? []).map((c) => ({ who: c.who, roleId: c.role, email: c.email, phone: c.phone, doubts: doubts(c.doubts) })),
    notes: input.notes ?? [],
    examples: (input.examples ?? []).map((e) => ({
      title: e.title,
      raised: e.raised,
      ...(e.timeRaised ? { timeRaised: e.timeRaised } : {}),
      ...(e.stage ? { stageId: e.stage } : {}),
      ...(e.raisedBy ? { raisedBy: e.raisedBy } : {}),
      ...(e.outcome ? { outcome: e.outcome } : {}),
      childStatus: e.childStatus ?? [],
      ...(e.imminentHarm !== undefined ? { imminentHarm: e.imminentHarm } : {}),
      ...(e.bankHolidays ? { bankHolidays: e.bankHolidays } : {}),
      ...(e.daysCount ? { daysCount: e.daysCount } : {}),
      expect: {
        ...(e.expect.dueBy ? { dueBy: e.expect.dueBy } : {}),
        ...(e.expect.dueTime ? { dueTime: e.expect.dueTime } : {}),
        shows: e.expect.shows ?? [],
        hides: e.expect.hides ?? [],
        ...(e.expect.emergencyStop !== undefined ? { emergencyStop: e.expect.emergencyStop } : {}),
      },
    })),
  };
}
