/**
 * The normalised policy model every generator and page reads. Hand-written (unlike
 * policy-input.ts) so that it can be shaped for readers: absence is an explicit value
 * that says which kind it is, optional lists are always present, dates carry their
 * precision, `next` steps are resolved to what they point at, and states the source
 * cannot be in (a counted limit with no unit, a marking place with no marking) cannot
 * be written down.
 */

/**
 * Why a fact is missing: the source covers the point and is silent ("not stated"), or
 * the part of the source that would say it was not available to the author ("not seen").
 * Kept distinct from "empty" and from each other so the site can say which.
 */
export type AbsenceKind = "not-stated" | "not-seen";
export interface Absent {
  readonly absent: AbsenceKind;
}
export type Stated<T> = T | Absent;

export const notStated: Absent = Object.freeze({ absent: "not-stated" });
/** How a policy file writes the two kinds of absence. */
export const isAbsentWord = (value: unknown): value is "not stated" | "not seen" => value === "not stated" || value === "not seen";
export const notSeen: Absent = Object.freeze({ absent: "not-seen" });

export function isStated<T>(value: Stated<T>): value is T {
  return !(typeof value === "object" && value !== null && "absent" in value);
}

/** The kind of absence of a value, or undefined when it is stated. */
export function absenceOf<T>(value: Stated<T>): AbsenceKind | undefined {
  return isStated(value) ? undefined : value.absent;
}

/**
 * A doubt the author records about a fact: the wording allows two readings (`unclear`,
 * with the reading taken), or the fact comes from outside the source (`outside-source`).
 * `about` names the property of the object it sits on; without it, the whole object.
 */
export interface Doubt {
  readonly kind: "unclear" | "outside-source";
  readonly about?: string;
  readonly note: string;
}
export type Doubts = readonly Doubt[];

export const jurisdictions = ["england", "wales", "scotland", "northern-ireland"] as const;
export type Jurisdiction = (typeof jurisdictions)[number];
export const forces = ["must", "should", "may", "expected", "encouraged"] as const;
export type Force = (typeof forces)[number];
export type Formality = "informal" | "formal";
export const childStatuses = ["child-in-need", "child-protection-plan", "looked-after", "care-leaver", "early-help", "other"] as const;
export type ChildStatus = (typeof childStatuses)[number];

/** A date with the precision the source gave; `first` and `last` are the ISO days it spans. */
export interface PartialDate {
  readonly text: string;
  readonly precision: "year" | "month" | "day";
  readonly first: string;
  readonly last: string;
}

/** Units counted in numbers: a limit in one of them has an amount (which may be not seen). */
export const countedUnits = ["working-days", "calendar-days", "days", "hours", "working-weeks", "weeks", "months"] as const;
export type CountedUnit = (typeof countedUnits)[number];
export const isCountedUnit = (unit: string): unit is CountedUnit => (countedUnits as readonly string[]).includes(unit);
/** Limits the source gives without a number. */
export const uncountedLimits = [
  "immediately",
  "same-day",
  "without-delay",
  "as-soon-as-possible",
  "reasonable-time",
  "agreed-case-by-case",
] as const;
export type UncountedLimit = (typeof uncountedLimits)[number];
export const timescaleUnits = [...countedUnits, ...uncountedLimits] as const;
export type TimescaleUnit = (typeof timescaleUnits)[number];

export type Limit =
  | { readonly kind: "counted"; readonly amount: Stated<number>; readonly unit: CountedUnit }
  | { readonly kind: "uncounted"; readonly unit: UncountedLimit };

export type StartPoint =
  | { readonly kind: "concern-raised" }
  | { readonly kind: "stage-raised" }
  | { readonly kind: "previous-stage-ended" }
  | { readonly kind: "event"; readonly event: string }
  | { readonly kind: "stage"; readonly stageId: string }
  | { readonly kind: "meeting"; readonly meetingId: string };

export const timescalePurposes = ["response", "resolution", "escalation", "completion", "notification", "contact"] as const;
export type TimescaleFor = (typeof timescalePurposes)[number];

export interface Condition {
  readonly childStatus?: readonly ChildStatus[];
  readonly imminentSignificantHarm?: boolean;
  readonly notResolved?: boolean;
  readonly priority?: string;
  readonly raisedBy?: readonly string[];
}

export interface Timescale {
  readonly for: Stated<TimescaleFor>;
  readonly who: Stated<string>;
  readonly limit: Limit;
  /** The same limit stated a second way ("48 hours (two working days)"); `limit` is what dates count in. */
  readonly alsoStatedAs?: { readonly amount: number; readonly unit: CountedUnit };
  /** "within" or a cap ("no more than"). */
  readonly bound: "within" | "no-more-than";
  readonly asSoonAsPossible: boolean;
  /** A shorter alternative the source gives, in its words ("a shorter period if needed to protect the child"). */
  readonly orSooner?: { readonly alternative: string; readonly whicheverIsLess: boolean };
  readonly from: Stated<StartPoint>;
  readonly when?: Condition;
  readonly wording?: string;
  readonly force: Stated<Force>;
  readonly doubts: Doubts;
}

export type MethodKind =
  | "form"
  | "email"
  | "secure-email"
  | "phone"
  | "face-to-face"
  | "video-call"
  | "in-writing"
  | "case-note"
  | "conversation"
  | "system-task"
  | "meeting";

export interface Method {
  readonly method: MethodKind;
  readonly detail?: string;
  /** Only emails carry a marking, and a place only exists with a marking. */
  readonly marking?: { readonly text: string; readonly place: Stated<"subject" | "body"> };
  readonly force: Stated<Force>;
  readonly doubts: Doubts;
}

export interface RecordEntry {
  readonly what: string;
  readonly where: Stated<string>;
  readonly by?: string;
  readonly force: Stated<Force>;
  readonly doubts: Doubts;
}

export type Next =
  | { readonly kind: "end" }
  | { readonly kind: "final" }
  | { readonly kind: "stage"; readonly id: string }
  | { readonly kind: "meeting"; readonly id: string };

/**
 * How a stage (or meeting) can end: resolved; not resolved (the person raising it is not
 * satisfied); no reply within the stage's timescale, where the source makes that a way on
 * of its own; or another outcome the source names ("No issue: action already under way").
 */
export type OutcomeResult = "resolved" | "not-resolved" | "no-reply" | "other";

export interface Outcome {
  readonly result: OutcomeResult;
  /** The source's own name for the outcome; always given for `other`. */
  readonly name?: string;
  readonly next: Next;
  readonly description?: string;
  readonly doubts: Doubts;
}

export interface Stage {
  readonly id: string;
  readonly trackId: string;
  /** Zero-based position in the track. */
  readonly index: number;
  readonly isLast: boolean;
  readonly name: string;
  readonly title?: string;
  readonly phaseId?: string;
  readonly formality: Stated<Formality>;
  /** How binding raising the stage is. */
  readonly force: Stated<Force>;
  readonly raisedBy: Stated<readonly string[]>;
  /** Who the raiser consults before raising it; absent when the policy file does not say. */
  readonly consultFirst?: Stated<readonly string[]>;
  readonly to: Stated<readonly string[]>;
  /** How `to` is read when it names several: all of them, one of them, or in order; absent when the source does not say. */
  readonly recipients?: "all" | "one-of" | "in-order";
  /** What the recipient does with it, in the source's words; empty when the policy file does not say. */
  readonly recipientDoes: readonly string[];
  /**
   * Who judges whether the stage resolved the concern, every one of them satisfied; absent
   * when the policy file does not say (most sources leave it to the person raising it).
   */
  readonly decidedBy?: Stated<readonly string[]>;
  /** Sent a copy at this stage, not asked to reply; empty when the policy names none. */
  readonly copyTo: Stated<readonly string[]>;
  readonly eachAgency: boolean;
  /** Whom each agency raises it with at this stage, where the source names a post per agency; empty otherwise. */
  readonly byAgency: readonly AgencyRecipient[];
  /** Others who take part with the recipient. */
  readonly with: Stated<readonly string[]>;
  /** People the source says may be involved or consulted: never recipients. Empty when the policy names none. */
  readonly mayInvolve: Stated<readonly string[]>;
  /** False for a report with no reply expected. */
  readonly replyExpected: boolean;
  /** The stage repeats up a line until the issue is resolved. */
  readonly repeat?: { readonly until: "resolved"; readonly description?: string };
  readonly summary?: string;
  readonly purpose?: string;
  readonly steps: readonly string[];
  readonly send: Stated<readonly string[]>;
  readonly methods: Stated<readonly Method[]>;
  readonly record: Stated<readonly RecordEntry[]>;
  readonly timescales: Stated<readonly Timescale[]>;
  /** What the stage must produce; empty when the policy file lists nothing. */
  readonly outputs: readonly StageOutput[];
  readonly outcomes: Stated<readonly Outcome[]>;
  readonly doubts: Doubts;
}

/** Something a stage must produce: an acknowledgement, an action plan, a form in parts, a letter. */
export interface StageOutput {
  readonly id: string;
  readonly kind: "acknowledgement" | "action-plan" | "form" | "letter" | "report" | "other";
  readonly title: string;
  /** Who produces it, who it goes to; absent when the policy file does not say. */
  readonly by?: Stated<readonly string[]>;
  readonly to?: Stated<readonly string[]>;
  readonly timescales: readonly Timescale[];
  /** Its sections, when different people complete them; empty otherwise. */
  readonly parts: readonly {
    readonly title: string;
    readonly by: Stated<readonly string[]>;
    readonly to?: Stated<readonly string[]>;
    readonly timescales: readonly Timescale[];
    readonly doubts: Doubts;
  }[];
  readonly endorsedBy?: Stated<readonly string[]>;
  /** Completing it closes the escalation. */
  readonly closes: boolean;
  readonly force: Stated<Force>;
  readonly doubts: Doubts;
}

export interface AgencyRecipient {
  readonly agency: string;
  readonly to: Stated<readonly string[]>;
  /** What the source says about this agency at this stage only (a substitute post, say). */
  readonly note?: string;
  readonly doubts: Doubts;
}

export interface Phase {
  readonly id: string;
  readonly title: string;
  readonly formality: Stated<Formality>;
  readonly doubts: Doubts;
}

export interface LastStageFailure {
  readonly summary: string;
  readonly meetingId?: string;
  readonly decidedBy: Stated<readonly string[]>;
  readonly caseReview?: string;
  readonly doubts: Doubts;
}

export interface OverallLimit {
  readonly limit: Timescale;
  /** "unclear" when the source could mean each stage or all of them. */
  readonly appliesTo: "all-stages" | "unclear";
  readonly doubts: Doubts;
}

export interface Track {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  /** Who owns this track, when the policy says it is not the area's owner. */
  readonly owner?: Stated<string>;
  /** The id of the source document this track is taken from, when not the main one. */
  readonly sourceId?: string;
  readonly raisedBy: Stated<readonly string[]>;
  readonly stageTerm: Stated<string>;
  readonly phases: readonly Phase[];
  /** Absent when the source sets the stages out in a part not stated or not seen. */
  readonly stages: Stated<readonly Stage[]>;
  readonly overallLimit?: OverallLimit;
  readonly whenLastStageFails: Stated<LastStageFailure>;
  readonly doubts: Doubts;
}

/** The routes of one track: a route that names no track belongs to the first (the main procedure). */
export function routesOf(policy: Pick<Policy, "routes" | "tracks">, track: Track): readonly Route[] {
  return policy.routes.filter((r) => (r.trackId ?? policy.tracks[0]!.id) === track.id);
}

/** A track's stages, or none when the source's stages are not stated or not seen. */
export function stagesOf(track: Track): readonly Stage[] {
  return isStated(track.stages) ? track.stages : [];
}

export interface Meeting {
  readonly id: string;
  readonly title: string;
  readonly when?: string;
  readonly duringStageId?: string;
  readonly attendees: Stated<readonly string[]>;
  readonly purpose: Stated<string>;
  readonly optional: boolean;
  readonly outcomes: readonly Outcome[];
  readonly doubts: Doubts;
}

export type RouteTarget = { readonly kind: "stage"; readonly stageId: string } | { readonly kind: "any-higher" };

export interface Route {
  readonly id: string;
  readonly kind: "emergency" | "bypass";
  readonly title: string;
  readonly when: Stated<string>;
  readonly condition?: Condition;
  readonly trackId?: string;
  readonly force: Stated<Force>;
  readonly raisedBy: Stated<readonly string[]>;
  readonly to: Stated<readonly string[]>;
  readonly toStage: Stated<RouteTarget>;
  readonly decidedBy: Stated<readonly string[]>;
  /** Who is consulted before the route is used; absent when the policy file does not say. */
  readonly consultFirst?: Stated<readonly string[]>;
  readonly inConjunctionWith: readonly string[];
  readonly record: Stated<readonly string[]>;
  readonly steps: readonly string[];
  /** The route's own clock ("immediately", "within 24 hours"); absent when the policy file gives none. */
  readonly timescales?: Stated<readonly Timescale[]>;
  readonly doubts: Doubts;
}

/** One way into the procedure, chosen by the kind or severity of the concern. */
export interface EntryPoint {
  readonly id: string;
  readonly title: string;
  readonly when: Stated<string>;
  readonly stageId: string;
  /** Its own clock; absent when the policy file gives none (the first stage's timescales apply). */
  readonly timescales?: Stated<readonly Timescale[]>;
  readonly doubts: Doubts;
}

export interface SideAction {
  readonly id: string;
  readonly kind: "notify" | "refer" | "inform" | "consider";
  readonly title: string;
  readonly description: string;
  readonly force: Stated<Force>;
  /** "any" stage, or the stage ids. */
  readonly at: "any" | readonly string[];
  /** The event it happens on, when the source ties it to one rather than to a stage. */
  readonly on?: "escalation-raised" | "stage-raised" | "resolved";
  readonly when?: Condition;
  readonly by: Stated<readonly string[]>;
  readonly to: Stated<readonly string[]>;
  readonly inConjunctionWith: readonly string[];
  readonly method?: Method;
  readonly address?: string;
  readonly timescale?: Timescale;
  readonly record: readonly string[];
  readonly doubts: Doubts;
}

export interface Role {
  readonly id: string;
  readonly title: string;
  readonly abbreviation?: string;
  readonly alsoCalled: readonly string[];
  readonly kind: "post" | "relative" | "group" | "external" | "family";
  readonly description?: string;
  readonly includes: readonly string[];
  readonly email?: string;
  /** Where to look up who holds the post, when the source gives a place rather than a name. */
  readonly foundIn?: string;
  /** Who stands in when the post holder is away; empty when the policy names no one. */
  readonly coveredBy: readonly string[];
  readonly doubts: Doubts;
}

export interface Category {
  readonly id: string;
  readonly title: string;
  readonly examples: readonly string[];
  readonly doubts: Doubts;
}

export interface CategoryList {
  readonly id: string;
  readonly title: string;
  readonly raisedBy: Stated<readonly string[]>;
  readonly exhaustive: Stated<boolean>;
  readonly categories: readonly Category[];
  readonly doubts: Doubts;
}

export interface Principle {
  readonly id: string;
  readonly title?: string;
  readonly text: string;
  readonly force: Stated<Force>;
  readonly group?: string;
  readonly doubts: Doubts;
}

export interface Source {
  readonly id: string;
  readonly title: Stated<string>;
  readonly owner: Stated<string>;
  readonly date: Stated<PartialDate>;
  readonly dateNote?: string;
  readonly reference?: string;
  readonly url?: string;
  readonly covers?: string;
  readonly attachments: readonly string[];
  readonly doubts: Doubts;
}

export interface Exclusion {
  readonly what: string;
  readonly instead: Stated<string>;
  readonly trackId?: string;
  readonly force: Stated<Force>;
  readonly doubts: Doubts;
}

export interface Policy {
  /** `<area>/<revision>`, unique across the site. */
  readonly id: string;
  readonly areaId: string;
  readonly revisionId: string;
  /** The file it was compiled from, relative to the working directory. */
  readonly file: string;
  readonly formatVersion: 2;
  readonly title: string;
  readonly summary: Stated<string>;
  readonly purpose: Stated<string>;
  readonly area: {
    readonly name: Stated<string>;
    /** The name, or the label when the source does not name the area. */
    readonly displayName: string;
    readonly owner: Stated<string>;
    readonly jurisdiction: Stated<Jurisdiction>;
    readonly colour?: string;
    readonly doubts: Doubts;
  };
  readonly audience: Stated<readonly string[]>;
  /** Who the procedure is about: children, or children and adults in a joint protocol. */
  readonly about: "children" | "children-and-adults";
  /** Every source document; the first is the main one. */
  readonly sources: readonly [Source, ...Source[]];
  readonly revision: {
    readonly version: string;
    readonly published: Stated<PartialDate>;
    readonly effective: Stated<PartialDate>;
    readonly nextReview: Stated<PartialDate>;
    readonly reviewedBy: Stated<string>;
    /** The revision id this one replaced, where the policy says. */
    readonly supersedes?: string;
    readonly amendments: readonly { readonly date: Stated<PartialDate>; readonly note: string; readonly doubts: Doubts }[];
    readonly doubts: Doubts;
  };
  readonly principles: Stated<readonly Principle[]>;
  readonly scope: {
    readonly covers: Stated<readonly string[]>;
    readonly useWhen: readonly string[];
    readonly excludes: Stated<readonly Exclusion[]>;
    readonly signposts: readonly { readonly what: string; readonly url?: string; readonly doubts: Doubts }[];
    readonly doubts: Doubts;
  };
  readonly roles: readonly Role[];
  readonly priorities: readonly { readonly id: string; readonly title: string; readonly description?: string; readonly doubts: Doubts }[];
  readonly categoryLists: Stated<readonly CategoryList[]>;
  readonly childStatuses: readonly ChildStatus[];
  readonly tracks: readonly Track[];
  readonly meetings: readonly Meeting[];
  /** Ways in chosen by the kind of concern; empty when the procedure has one way in. */
  readonly entryPoints: readonly EntryPoint[];
  readonly routes: readonly Route[];
  /** Who may be asked for advice at any stage without being a rung; absent when the policy names none. */
  readonly advisers?: { readonly roles: readonly string[]; readonly when?: string; readonly doubts: Doubts };
  readonly sideActions: readonly SideAction[];
  readonly learning: Stated<{
    readonly summary: string;
    readonly examples: readonly string[];
    readonly forwardTo?: string;
    readonly caseReview?: string;
    readonly doubts: Doubts;
  }>;
  readonly monitoring: Stated<
    readonly { readonly what: string; readonly by: Stated<string>; readonly frequency: Stated<string>; readonly doubts: Doubts }[]
  >;
  readonly relatedDocuments: Stated<
    readonly {
      readonly title: string;
      readonly detail?: string;
      readonly url?: string;
      /** The text only mentions it, rather than saying to read it with this one. */
      readonly mentioned: boolean;
      readonly doubts: Doubts;
    }[]
  >;
  readonly contacts: readonly {
    readonly who: string;
    readonly roleId?: string;
    readonly email?: string;
    readonly phone?: string;
    readonly doubts: Doubts;
  }[];
  readonly notes: readonly string[];
  /** Worked examples: a record and what the form must show for it, run by `npm run check`. */
  readonly examples: readonly PolicyExample[];
}

/** A worked example, as the policy gives it (see the `example` definition in the schema). */
export interface PolicyExample {
  readonly title: string;
  readonly raised: string;
  readonly timeRaised?: string;
  /** Absent where the policy lists no stages. */
  readonly stageId?: string;
  readonly raisedBy?: string;
  readonly outcome?: "resolved" | "not-resolved" | "no-reply";
  readonly childStatus: readonly ChildStatus[];
  readonly imminentHarm?: boolean;
  readonly bankHolidays?: Jurisdiction;
  readonly daysCount?: "working" | "calendar";
  readonly expect: {
    readonly dueBy?: string;
    readonly dueTime?: string;
    readonly shows: readonly string[];
    readonly hides: readonly string[];
    readonly emergencyStop?: boolean;
  };
}
