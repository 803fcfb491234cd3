/* Generated from schemas/policy.schema.json by `npm run generate:types`. Do not edit by hand. */

/**
 * Write "not stated" where the source document is silent. The site shows it as not stated in the source.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "notStated".
 */
export type NotStated = "not stated";
/**
 * Plain text (no HTML or Markdown).
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "text".
 */
export type Text = string;
/**
 * A date with the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "partialDate".
 */
export type PartialDate = string;
/**
 * Roles by id, or "not stated".
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "roleRefs".
 */
export type RoleRefs = NotStated | [string, ...string[]];
/**
 * "end", "final", or the id of a stage or meeting.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "nextRef".
 */
export type NextRef = string;

/**
 * One revision of one area’s children’s services escalation (professional challenge, dispute resolution) procedure. Write facts the source document states; where it is silent write "not stated" rather than inventing a value.
 */
export interface PolicyInput {
  /**
   * Version of this policy format. Always 1 for now; a later format will change the number.
   */
  formatVersion: 1;
  /**
   * Title of the procedure as the area names it, e.g. "Challenge and Resolution Process".
   */
  title: string;
  /**
   * A short plain-English summary of what the procedure is for, in your own words, taken from the source.
   */
  summary?: NotStated | Text;
  /**
   * Why the procedure matters for the child, as the source puts it.
   */
  purpose?: NotStated | Text;
  /**
   * The area (local authority, trust or safeguarding partnership) whose procedure this is.
   */
  area: {
    /**
     * The area’s name as the source gives it, e.g. "Solihull". "not stated" when the source does not name it.
     */
    name: NotStated | Text;
    /**
     * How the site refers to the area when its name is not stated, e.g. "Unnamed local authority (Liquid Logic)". Only a label: it must not claim a name the source does not give.
     */
    label?: string;
    /**
     * The body that owns the procedure, e.g. "Solihull Local Safeguarding Children Partnership (LSCP)".
     */
    owner: NotStated | Text;
    /**
     * Which UK nation’s law and bank holidays apply: england, wales, scotland or northern-ireland. Working-day deadlines skip that nation’s bank holidays.
     */
    jurisdiction: NotStated | ("england" | "wales" | "scotland" | "northern-ireland");
    /**
     * Optional brand colour for the area’s pages, as #rrggbb. Must give at least 4.5:1 contrast with white text.
     */
    colour?: string;
  };
  /**
   * Who the procedure is for: practitioners of every agency, Independent Chairs, managers and so on.
   */
  audience: NotStated | Text[];
  /**
   * The source document this policy was encoded from.
   */
  source: {
    /**
     * Title of the source document exactly as it appears.
     */
    title: string;
    /**
     * Who published the source document.
     */
    owner: NotStated | Text;
    /**
     * Date of the source document as it states it: YYYY, YYYY-MM or YYYY-MM-DD.
     */
    date: NotStated | PartialDate;
    /**
     * What the source date means, in the source’s words, e.g. "chapter added to the procedures manual".
     */
    dateNote?: string;
    /**
     * Any reference the source gives (chapter number, file name, version).
     */
    reference?: string;
    /**
     * Where the source document can be read, if it was published online.
     */
    url?: string;
    /**
     * Documents the source says are attached or linked but which are not part of this text, e.g. a flowchart or presentation.
     */
    attachments?: Text[];
  };
  /**
   * This revision of the policy.
   */
  revision: {
    /**
     * The version label of this revision as the policy group names it, e.g. "2017-04" or "1.2".
     */
    version: string;
    /**
     * When this revision was published: YYYY, YYYY-MM or YYYY-MM-DD.
     */
    published: NotStated | PartialDate;
    /**
     * When this revision comes into force: YYYY, YYYY-MM or YYYY-MM-DD.
     */
    effective: NotStated | PartialDate;
    /**
     * When the policy group will next review the procedure. A month (YYYY-MM) means by the end of that month. A date already passed is reported as an overdue review.
     */
    nextReview: NotStated | PartialDate;
    /**
     * Who reviews the procedure, e.g. "the policy and procedures group".
     */
    reviewedBy?: NotStated | Text;
    /**
     * The author’s amendment notes for this revision, newest first.
     *
     * Items: One amendment note.
     */
    amendments?: {
      /**
       * When the amendment was made.
       */
      date: NotStated | PartialDate;
      /**
       * Plain text (no HTML or Markdown).
       */
      note: string;
    }[];
  };
  /**
   * Principles that guide every escalation, each with its force.
   */
  principles:
    | NotStated
    | {
        /**
         * A permanent identifier: lower-case letters, digits and hyphens, starting with a letter. Other parts of the policy refer to it.
         */
        id: string;
        /**
         * A short heading for the principle, where the source gives one (e.g. a value name such as "Child-focussed").
         */
        title?: string;
        /**
         * Plain text (no HTML or Markdown).
         */
        text: string;
        /**
         * How binding the source makes it: must (a requirement), should (expected good practice) or "not stated".
         */
        force: "must" | "should" | "not stated";
        /**
         * The heading the source lists it under, e.g. "Trust values" or "Communication".
         */
        group?: string;
      }[];
  /**
   * What the procedure covers and what it does not.
   */
  scope: {
    /**
     * What the procedure covers.
     */
    covers: NotStated | Text[];
    /**
     * Conditions for using the procedure at all, e.g. "only when efforts to resolve the disagreement directly have failed".
     */
    useWhen?: Text[];
    /**
     * What the procedure explicitly does not cover, with where each goes instead.
     */
    excludes:
      | NotStated
      | {
          /**
           * Plain text (no HTML or Markdown).
           */
          what: string;
          /**
           * Where it goes instead, e.g. "the Independent Chair alerts the relevant manager".
           */
          instead: NotStated | Text;
          /**
           * The id of a track that handles it instead defined in this policy.
           */
          track?: string;
        }[];
  };
  /**
   * Every role the procedure names: posts, roles relative to the raiser and groups.
   *
   * @minItems 1
   */
  roles: [Role, ...Role[]];
  /**
   * Priorities or urgencies the raiser decides (e.g. urgent, routine) when timescales depend on them.
   *
   * Items: A priority the raiser can choose, which timescales may depend on.
   */
  priorities?: {
    /**
     * A permanent identifier: lower-case letters, digits and hyphens, starting with a letter. Other parts of the policy refer to it.
     */
    id: string;
    /**
     * Plain text (no HTML or Markdown).
     */
    title: string;
    /**
     * Plain text (no HTML or Markdown).
     */
    description?: string;
  }[];
  /**
   * Categories of disagreement (issues that could arise). Different raisers may have different lists.
   */
  categoryLists?: NotStated | CategoryList[];
  /**
   * The statuses of a child that this policy’s conditions and forms refer to.
   */
  childStatuses?: (
    "child-in-need" | "child-protection-plan" | "looked-after" | "care-leaver" | "early-help" | "other"
  )[];
  /**
   * The escalation routes, each an ordered list of stages. Most areas have one; some have a second, e.g. for concerns about the Independent Chair.
   *
   * @minItems 1
   */
  tracks: [Track, ...Track[]];
  /**
   * Meetings held between stages or when the last stage fails.
   */
  meetings?: Meeting[];
  /**
   * Routes that skip stages: emergency (imminent significant harm) and bypass to a higher stage.
   */
  routes?: Route[];
  /**
   * Actions taken beside the stages, at any stage or at named ones: notify the IRO, refer to Cafcass, inform the board chair.
   */
  sideActions?: SideAction[];
  /**
   * What the source says about learning lessons.
   */
  learning?:
    | NotStated
    | {
        /**
         * Plain text (no HTML or Markdown).
         */
        summary: string;
        /**
         * Examples of lessons, e.g. training needs.
         */
        examples?: Text[];
        /**
         * The id of the role to send multi-agency lessons to defined in this policy.
         */
        forwardTo?: string;
        /**
         * Plain text (no HTML or Markdown).
         */
        caseReview?: string;
      };
  /**
   * Monitoring and audit of escalations.
   */
  monitoring?:
    | NotStated
    | {
        /**
         * Plain text (no HTML or Markdown).
         */
        what: string;
        /**
         * Who monitors.
         */
        by: NotStated | string;
        /**
         * How often, e.g. "quarterly".
         */
        frequency: NotStated | Text;
      }[];
  /**
   * Documents to be read in conjunction with this one.
   */
  relatedDocuments?:
    | NotStated
    | {
        /**
         * Plain text (no HTML or Markdown).
         */
        title: string;
        /**
         * Plain text (no HTML or Markdown).
         */
        detail?: string;
        /**
         * Where it can be read, if the source gives an address.
         */
        url?: string;
      }[];
  /**
   * Who to contact with questions about the procedure.
   *
   * Items: Someone to contact with questions.
   */
  contacts?: {
    /**
     * Plain text (no HTML or Markdown).
     */
    who: string;
    /**
     * The id of the role, if one is defined defined in this policy.
     */
    role?: string;
    /**
     * Email address, only if the source gives one.
     */
    email?: string;
    /**
     * Phone number, only if the source gives one.
     */
    phone?: string;
  }[];
  /**
   * Other facts the source states that no field above holds.
   */
  notes?: Text[];
}
/**
 * A role the procedure names.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "role".
 */
export interface Role {
  /**
   * A permanent identifier: lower-case letters, digits and hyphens, starting with a letter. Other parts of the policy refer to it.
   */
  id: string;
  /**
   * Plain text (no HTML or Markdown).
   */
  title: string;
  /**
   * The abbreviation the source uses, e.g. "ATM".
   */
  abbreviation?: string;
  /**
   * Other names the source uses for the same role.
   */
  alsoCalled?: Text[];
  /**
   * post: a named post; relative: relative to the raiser ("your line manager"), shown as the raiser’s; group: several people or posts; external: outside the area’s agencies (e.g. Cafcass).
   */
  kind: "post" | "relative" | "group" | "external";
  /**
   * Plain text (no HTML or Markdown).
   */
  description?: string;
  /**
   * Roles this one covers, e.g. Independent Chair covers IROs and CP chairs.
   *
   * Items: The id of a role defined in this policy.
   */
  includes?: string[];
  /**
   * Email address for the role, only if the source gives one.
   */
  email?: string;
}
/**
 * A list of categories of disagreement.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "categoryList".
 */
export interface CategoryList {
  /**
   * A permanent identifier: lower-case letters, digits and hyphens, starting with a letter. Other parts of the policy refer to it.
   */
  id: string;
  /**
   * Plain text (no HTML or Markdown).
   */
  title: string;
  /**
   * Which raisers this list is for, or "not stated" when it is for everyone.
   */
  raisedBy: NotStated | [string, ...string[]];
  /**
   * true when the source says the list is complete; false when it says there are other examples.
   */
  exhaustive?: boolean;
  /**
   * The categories.
   *
   * @minItems 1
   *
   * Items: One category.
   */
  categories: [
    {
      /**
       * A permanent identifier: lower-case letters, digits and hyphens, starting with a letter. Other parts of the policy refer to it.
       */
      id: string;
      /**
       * Plain text (no HTML or Markdown).
       */
      title: string;
      /**
       * Examples the source gives.
       */
      examples?: Text[];
    },
    ...{
      /**
       * A permanent identifier: lower-case letters, digits and hyphens, starting with a letter. Other parts of the policy refer to it.
       */
      id: string;
      /**
       * Plain text (no HTML or Markdown).
       */
      title: string;
      /**
       * Examples the source gives.
       */
      examples?: Text[];
    }[]
  ];
}
/**
 * An escalation route: an ordered list of stages.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "track".
 */
export interface Track {
  /**
   * A permanent identifier: lower-case letters, digits and hyphens, starting with a letter. Other parts of the policy refer to it.
   */
  id: string;
  /**
   * Plain text (no HTML or Markdown).
   */
  title: string;
  /**
   * Plain text (no HTML or Markdown).
   */
  description?: string;
  /**
   * Who can start it.
   */
  raisedBy?: NotStated | [string, ...string[]];
  /**
   * What the area calls a step: Stage, Level or Step.
   */
  stageTerm?: string;
  /**
   * Phases that group the stages, e.g. informal stages then formal stages.
   *
   * Items: A phase grouping stages.
   */
  phases?: {
    /**
     * A permanent identifier: lower-case letters, digits and hyphens, starting with a letter. Other parts of the policy refer to it.
     */
    id: string;
    /**
     * Plain text (no HTML or Markdown).
     */
    title: string;
    /**
     * informal, formal or "not stated".
     */
    formality?: "informal" | "formal" | "not stated";
  }[];
  /**
   * The stages in order. The first is where the track starts.
   *
   * @minItems 1
   */
  stages: [Stage, ...Stage[]];
  /**
   * What happens when the last stage fails.
   */
  whenLastStageFails:
    | NotStated
    | {
        /**
         * Plain text (no HTML or Markdown).
         */
        summary: string;
        /**
         * The id of a meeting defined in this policy.
         */
        meeting?: string;
        /**
         * Who decides the course of action.
         */
        decidedBy?: NotStated | [string, ...string[]];
        /**
         * Plain text (no HTML or Markdown).
         */
        caseReview?: string;
      };
}
/**
 * One stage of a track.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "stage".
 */
export interface Stage {
  /**
   * A permanent identifier: lower-case letters, digits and hyphens, starting with a letter. Other parts of the policy refer to it.
   */
  id: string;
  /**
   * Plain text (no HTML or Markdown).
   */
  name: string;
  /**
   * Plain text (no HTML or Markdown).
   */
  title?: string;
  /**
   * The id of a phase of this track defined in this policy.
   */
  phase?: string;
  /**
   * informal, formal or "not stated".
   */
  formality: "informal" | "formal" | "not stated";
  /**
   * Who raises the escalation at this stage.
   */
  raisedBy: NotStated | [string, ...string[]];
  /**
   * Who it is raised with.
   */
  to: NotStated | [string, ...string[]];
  /**
   * true when each agency escalates up its own line to this level at once and the peers talk to each other.
   */
  eachAgency?: boolean;
  /**
   * Others who take part with the recipient, e.g. the equivalent manager in the other agency, or a designated practitioner who may be involved.
   */
  with?: NotStated | [string, ...string[]];
  /**
   * Plain text (no HTML or Markdown).
   */
  summary?: string;
  /**
   * Plain text (no HTML or Markdown).
   */
  purpose?: string;
  /**
   * What happens, in order, as the source describes it.
   */
  steps?: Text[];
  /**
   * What the raiser must set out, e.g. areas of concern, actions previously taken, actions required.
   */
  send?: NotStated | Text[];
  /**
   * How the escalation is made.
   */
  methods: NotStated | Method[];
  /**
   * What must be recorded, and where.
   */
  record: NotStated | RecordEntry[];
  /**
   * How fast. "not stated" when the source gives none.
   */
  timescales: NotStated | Timescale[];
  /**
   * Outcomes. Every stage but the last needs a not-resolved outcome.
   *
   * @minItems 1
   */
  outcomes: [Outcome, ...Outcome[]];
}
/**
 * How an escalation or action is communicated.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "method".
 */
export interface Method {
  /**
   * form, email, secure-email, phone, face-to-face, video-call, in-writing, case-note, conversation, system-task (a task sent in the case management system) or meeting.
   */
  method:
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
  /**
   * Plain text (no HTML or Markdown).
   */
  detail?: string;
  /**
   * The exact words an email must be marked with, quoted from the source.
   */
  marking?: string;
  /**
   * Where the marking goes: subject (the email subject line), body, or "not stated".
   */
  markingPlace?: "subject" | "body" | "not stated";
  /**
   * Whether the method must, should or may be used.
   */
  force?: "must" | "should" | "may" | "not stated";
}
/**
 * Something that must be recorded.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "recordEntry".
 */
export interface RecordEntry {
  /**
   * Plain text (no HTML or Markdown).
   */
  what: string;
  /**
   * Where it is recorded, e.g. "the child’s file".
   */
  where: NotStated | Text;
  /**
   * The id of the role that records it defined in this policy.
   */
  by?: string;
}
/**
 * A deadline: how much time, in which unit, counted from which event, for what.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "timescale".
 */
export interface Timescale {
  /**
   * What must happen within it: response (recipient replies), resolution (issue resolved), escalation (matter referred on), completion (stage completed), notification (someone informed), contact (people speak).
   */
  for: "response" | "resolution" | "escalation" | "completion" | "notification" | "contact";
  /**
   * Who must act within the timescale.
   */
  who?: NotStated | string;
  /**
   * How many units. Leave out for same-day and immediately.
   */
  amount?: number;
  /**
   * working-days, calendar-days, hours, weeks, same-day or immediately.
   */
  unit: string;
  /**
   * What the time is counted from: concern-raised (the disagreement first arose), stage-raised (this stage’s escalation was made), previous-stage-ended (the last stage ended unresolved), "not stated".
   */
  from: "concern-raised" | "stage-raised" | "previous-stage-ended" | "not stated";
  when?: Condition;
  /**
   * Plain text (no HTML or Markdown).
   */
  wording?: string;
}
/**
 * A condition the form can evaluate (e.g. the child is on a plan, or there is a likelihood of imminent significant harm). Every key given must hold.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "condition".
 */
export interface Condition {
  /**
   * Holds when the child has any of these statuses.
   *
   * @minItems 1
   */
  childStatus?: [
    "child-in-need" | "child-protection-plan" | "looked-after" | "care-leaver" | "early-help" | "other",
    ...("child-in-need" | "child-protection-plan" | "looked-after" | "care-leaver" | "early-help" | "other")[]
  ];
  /**
   * Holds when the raiser says there is a likelihood of imminent significant harm (true) or says there is not (false).
   */
  imminentSignificantHarm?: boolean;
  /**
   * Holds when the issue has not been resolved at the stage reached.
   */
  notResolved?: boolean;
  /**
   * The id of a priority defined in this policy.
   */
  priority?: string;
  /**
   * Holds when the raiser has one of these roles.
   *
   * @minItems 1
   *
   * Items: The id of a role defined in this policy.
   */
  raisedBy?: [string, ...string[]];
}
/**
 * What happens after a stage.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "outcome".
 */
export interface Outcome {
  /**
   * resolved or not-resolved.
   */
  result: "resolved" | "not-resolved";
  /**
   * Where it goes: "end", "final" (what happens when the last stage fails), or the id of a stage or meeting.
   */
  next: string;
  /**
   * Plain text (no HTML or Markdown).
   */
  description?: string;
}
/**
 * A meeting between stages or after the last stage.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "meeting".
 */
export interface Meeting {
  /**
   * A permanent identifier: lower-case letters, digits and hyphens, starting with a letter. Other parts of the policy refer to it.
   */
  id: string;
  /**
   * Plain text (no HTML or Markdown).
   */
  title: string;
  /**
   * Plain text (no HTML or Markdown).
   */
  when?: string;
  /**
   * The id of the stage during which the meeting may be held, when it is held within a stage rather than between stages defined in this policy.
   */
  duringStage?: string;
  /**
   * Who attends.
   */
  attendees: NotStated | [string, ...string[]];
  /**
   * What the meeting is for.
   */
  purpose: NotStated | Text;
  /**
   * true when the source says it may be held ("it is useful in some circumstances") rather than will be.
   */
  optional?: boolean;
  /**
   * What happens after the meeting.
   */
  outcomes?: Outcome[];
}
/**
 * A route that skips stages.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "route".
 */
export interface Route {
  /**
   * A permanent identifier: lower-case letters, digits and hyphens, starting with a letter. Other parts of the policy refer to it.
   */
  id: string;
  /**
   * emergency (imminent significant harm) or bypass (skip to a higher stage).
   */
  kind: "emergency" | "bypass";
  /**
   * Plain text (no HTML or Markdown).
   */
  title: string;
  /**
   * When it may be used, in words.
   */
  when: NotStated | Text;
  condition?: Condition;
  /**
   * The id of the track it belongs to defined in this policy.
   */
  track?: string;
  /**
   * Who may use it.
   */
  raisedBy: NotStated | [string, ...string[]];
  /**
   * Who the raiser goes to.
   */
  to?: NotStated | [string, ...string[]];
  /**
   * The stage it goes to, "any-higher" for any higher stage, or leave out.
   */
  toStage?: string;
  /**
   * Who decides to use it.
   */
  decidedBy?: NotStated | [string, ...string[]];
  /**
   * Who the decision is made with.
   */
  inConjunctionWith?: NotStated | [string, ...string[]];
  /**
   * What must be recorded, e.g. the reasons for bypassing earlier stages.
   */
  record: NotStated | Text[];
  /**
   * What happens.
   */
  steps?: Text[];
}
/**
 * An action beside the stages.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "sideAction".
 */
export interface SideAction {
  /**
   * A permanent identifier: lower-case letters, digits and hyphens, starting with a letter. Other parts of the policy refer to it.
   */
  id: string;
  /**
   * notify, refer, inform or consider (consider doing something).
   */
  kind: "notify" | "refer" | "inform" | "consider";
  /**
   * Plain text (no HTML or Markdown).
   */
  title: string;
  /**
   * Plain text (no HTML or Markdown).
   */
  description: string;
  /**
   * must, should, may or "not stated".
   */
  force?: "must" | "should" | "may" | "not stated";
  /**
   * "any" for any stage, or the ids of the stages.
   */
  at: "any" | [string, ...string[]];
  when?: Condition;
  /**
   * Who does it.
   */
  by: NotStated | [string, ...string[]];
  /**
   * Who is notified or referred to.
   */
  to?: NotStated | [string, ...string[]];
  /**
   * Who the decision is made with.
   */
  inConjunctionWith?: NotStated | [string, ...string[]];
  method?: Method;
  /**
   * The email address to send to, exactly as the source gives it.
   */
  address?: string;
  timescale?: Timescale;
  /**
   * What must be recorded, e.g. reasons.
   */
  record?: Text[];
}
