/**
 * The normalised policy model every generator and page reads. Hand-written (unlike
 * policy-input.ts) so that it can be shaped for readers: "not stated" is an explicit
 * value, optional lists are always present, dates carry their precision, and `next`
 * steps are resolved to what they point at.
 */

/** A fact the source document does not state. Kept distinct from "empty" so the site can say so. */
export interface NotStated {
  readonly notStated: true;
}
export type Stated<T> = T | NotStated;

export const notStated: NotStated = Object.freeze({ notStated: true });

export function isStated<T>(value: Stated<T>): value is T {
  return !(typeof value === "object" && value !== null && "notStated" in value);
}

export type Jurisdiction = "england" | "wales" | "scotland" | "northern-ireland";
export type Force = "must" | "should" | "may";
export type Formality = "informal" | "formal";
export type ChildStatus = "child-in-need" | "child-protection-plan" | "looked-after" | "care-leaver" | "early-help" | "other";

/** A date with the precision the source gave; `first` and `last` are the ISO days it spans. */
export interface PartialDate {
  readonly text: string;
  readonly precision: "year" | "month" | "day";
  readonly first: string;
  readonly last: string;
}

export const timescaleUnits = ["working-days", "calendar-days", "hours", "weeks", "same-day", "immediately"] as const;
export type TimescaleUnit = (typeof timescaleUnits)[number];
/** Units that are counted and so need an amount. */
export const countedUnits: readonly TimescaleUnit[] = ["working-days", "calendar-days", "hours", "weeks"];

export type StartEvent = "concern-raised" | "stage-raised" | "previous-stage-ended";
export type TimescaleFor = "response" | "resolution" | "escalation" | "completion" | "notification" | "contact";

export interface Condition {
  readonly childStatus?: readonly ChildStatus[];
  readonly imminentSignificantHarm?: boolean;
  readonly notResolved?: boolean;
  readonly priority?: string;
  readonly raisedBy?: readonly string[];
}

export interface Timescale {
  readonly for: TimescaleFor;
  readonly who: Stated<string>;
  readonly amount?: number;
  readonly unit: TimescaleUnit;
  readonly from: Stated<StartEvent>;
  readonly when?: Condition;
  readonly wording?: string;
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
  readonly marking?: string;
  readonly markingPlace: Stated<"subject" | "body">;
  readonly force: Stated<Force>;
}

export interface RecordEntry {
  readonly what: string;
  readonly where: Stated<string>;
  readonly by?: string;
}

export type Next =
  | { readonly kind: "end" }
  | { readonly kind: "final" }
  | { readonly kind: "stage"; readonly id: string }
  | { readonly kind: "meeting"; readonly id: string };

export interface Outcome {
  readonly result: "resolved" | "not-resolved";
  readonly next: Next;
  readonly description?: string;
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
  readonly raisedBy: Stated<readonly string[]>;
  readonly to: Stated<readonly string[]>;
  readonly eachAgency: boolean;
  /** Others who take part with the recipient. */
  readonly with: Stated<readonly string[]>;
  readonly summary?: string;
  readonly purpose?: string;
  readonly steps: readonly string[];
  readonly send: Stated<readonly string[]>;
  readonly methods: Stated<readonly Method[]>;
  readonly record: Stated<readonly RecordEntry[]>;
  readonly timescales: Stated<readonly Timescale[]>;
  readonly outcomes: readonly Outcome[];
}

export interface Phase {
  readonly id: string;
  readonly title: string;
  readonly formality: Stated<Formality>;
}

export interface LastStageFailure {
  readonly summary: string;
  readonly meetingId?: string;
  readonly decidedBy: Stated<readonly string[]>;
  readonly caseReview?: string;
}

export interface Track {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly raisedBy: Stated<readonly string[]>;
  readonly stageTerm: Stated<string>;
  readonly phases: readonly Phase[];
  readonly stages: readonly Stage[];
  readonly whenLastStageFails: Stated<LastStageFailure>;
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
}

export interface Route {
  readonly id: string;
  readonly kind: "emergency" | "bypass";
  readonly title: string;
  readonly when: Stated<string>;
  readonly condition?: Condition;
  readonly trackId?: string;
  readonly raisedBy: Stated<readonly string[]>;
  readonly to: Stated<readonly string[]>;
  /** A stage id, "any-higher", or not stated. */
  readonly toStage: Stated<string>;
  readonly decidedBy: Stated<readonly string[]>;
  readonly inConjunctionWith: readonly string[];
  readonly record: Stated<readonly string[]>;
  readonly steps: readonly string[];
}

export interface SideAction {
  readonly id: string;
  readonly kind: "notify" | "refer" | "inform" | "consider";
  readonly title: string;
  readonly description: string;
  readonly force: Stated<Force>;
  /** "any" stage, or the stage ids. */
  readonly at: "any" | readonly string[];
  readonly when?: Condition;
  readonly by: Stated<readonly string[]>;
  readonly to: Stated<readonly string[]>;
  readonly inConjunctionWith: readonly string[];
  readonly method?: Method;
  readonly address?: string;
  readonly timescale?: Timescale;
  readonly record: readonly string[];
}

export interface Role {
  readonly id: string;
  readonly title: string;
  readonly abbreviation?: string;
  readonly alsoCalled: readonly string[];
  readonly kind: "post" | "relative" | "group" | "external";
  readonly description?: string;
  readonly includes: readonly string[];
  readonly email?: string;
}

export interface Category {
  readonly id: string;
  readonly title: string;
  readonly examples: readonly string[];
}

export interface CategoryList {
  readonly id: string;
  readonly title: string;
  readonly raisedBy: Stated<readonly string[]>;
  readonly exhaustive: Stated<boolean>;
  readonly categories: readonly Category[];
}

export interface Principle {
  readonly id: string;
  readonly title?: string;
  readonly text: string;
  readonly force: Stated<"must" | "should">;
  readonly group?: string;
}

export interface Policy {
  /** `<area>/<revision>`, unique across the site. */
  readonly id: string;
  readonly areaId: string;
  readonly revisionId: string;
  /** The file it was compiled from, relative to the working directory. */
  readonly file: string;
  readonly formatVersion: 1;
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
  };
  readonly audience: Stated<readonly string[]>;
  readonly source: {
    readonly title: string;
    readonly owner: Stated<string>;
    readonly date: Stated<PartialDate>;
    readonly dateNote?: string;
    readonly reference?: string;
    readonly url?: string;
    readonly attachments: readonly string[];
  };
  readonly revision: {
    readonly version: string;
    readonly published: Stated<PartialDate>;
    readonly effective: Stated<PartialDate>;
    readonly nextReview: Stated<PartialDate>;
    readonly reviewedBy: Stated<string>;
    readonly amendments: readonly { readonly date: Stated<PartialDate>; readonly note: string }[];
  };
  readonly principles: Stated<readonly Principle[]>;
  readonly scope: {
    readonly covers: Stated<readonly string[]>;
    readonly useWhen: readonly string[];
    readonly excludes: Stated<readonly { readonly what: string; readonly instead: Stated<string>; readonly trackId?: string }[]>;
  };
  readonly roles: readonly Role[];
  readonly priorities: readonly { readonly id: string; readonly title: string; readonly description?: string }[];
  readonly categoryLists: Stated<readonly CategoryList[]>;
  readonly childStatuses: readonly ChildStatus[];
  readonly tracks: readonly Track[];
  readonly meetings: readonly Meeting[];
  readonly routes: readonly Route[];
  readonly sideActions: readonly SideAction[];
  readonly learning: Stated<{
    readonly summary: string;
    readonly examples: readonly string[];
    readonly forwardTo?: string;
    readonly caseReview?: string;
  }>;
  readonly monitoring: Stated<readonly { readonly what: string; readonly by: Stated<string>; readonly frequency: Stated<string> }[]>;
  readonly relatedDocuments: Stated<readonly { readonly title: string; readonly detail?: string; readonly url?: string }[]>;
  readonly contacts: readonly { readonly who: string; readonly roleId?: string; readonly email?: string; readonly phone?: string }[];
  readonly notes: readonly string[];
}
