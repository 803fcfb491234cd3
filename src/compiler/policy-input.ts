/* Generated from schemas/policy.schema.json by `npm run generate:types`. Do not edit by hand. */

/**
 * "not stated" where the source covers the point and is silent; "not seen" where the source exists but this part was not available (a linked flowchart, a cut-off page, an attached form). The site says which.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "absent".
 */
export type Absent = "not stated" | "not seen";
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
 * What happens after a stage.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "outcome".
 */
export type Outcome = {
  /**
   * resolved; not-resolved (the person raising it is not satisfied); no-reply (no reply came within the stage's timescale, where the source makes that a way on of its own); or other, named in `name` (for example "No issue: action already under way").
   */
  result: "resolved" | "not-resolved" | "no-reply" | "other";
  /**
   * Plain text (no HTML or Markdown).
   */
  name?: string;
  /**
   * Where it goes: "end", "final" (what happens when the last stage fails), or the id of a stage or meeting.
   */
  next: string;
  /**
   * Plain text (no HTML or Markdown).
   */
  description?: string;
  /**
   * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
   */
  doubts?: Doubt[];
};
/**
 * A web address (`https://` or `http://`) or an email link (`mailto:`). Other kinds, such as `javascript:` or `data:`, could run code or hide content where the site or another program shows the link, so they are refused.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "webAddress".
 */
export type WebAddress = string;
/**
 * Roles by id, or "not stated".
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "roleRefs".
 */
export type RoleRefs = Absent | [string, ...string[]];
/**
 * "end", "final", or the id of a stage or meeting.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "nextRef".
 */
export type NextRef = string;
/**
 * How binding the source makes it, in its own words: must (a requirement), should (expected good practice), may (allowed), expected ("is expected to"), encouraged ("are encouraged to"), or "not stated" / "not seen".
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "force".
 */
export type Force = Absent | ("must" | "should" | "may" | "expected" | "encouraged");

/**
 * One revision of one area’s children’s services escalation (professional challenge, dispute resolution) procedure, format 2. Write only facts the source documents state: where a source is silent write "not stated", where a part of it was not available write "not seen", and mark doubtful readings and facts from elsewhere under `doubts`.
 */
export interface PolicyInput {
  /**
   * Version of this policy format: 2. Format-1 files are upgraded with `npm run migrate`.
   */
  formatVersion: 2;
  /**
   * Title of the procedure as the area names it, e.g. "Challenge and Resolution Process".
   */
  title: string;
  /**
   * A short plain-English summary of what the procedure is for, in your own words, taken from the source.
   */
  summary?: Absent | Text;
  /**
   * Why the procedure matters for the child, as the source puts it.
   */
  purpose?: Absent | Text;
  /**
   * The area (local authority, trust or safeguarding partnership) whose procedure this is.
   */
  area: {
    /**
     * The area’s name as the source gives it, e.g. "Solihull". "not stated" when the source does not name it.
     */
    name: Absent | Text;
    /**
     * How the site refers to the area when its name is not stated, e.g. "Unnamed local authority (Liquid Logic)". Only a label: it must not claim a name the source does not give.
     */
    label?: string;
    /**
     * The body that owns the procedure, e.g. "Solihull Local Safeguarding Children Partnership (LSCP)".
     */
    owner: Absent | Text;
    /**
     * Which UK nation’s law and bank holidays apply: england, wales, scotland or northern-ireland. Working-day deadlines skip that nation’s bank holidays.
     */
    jurisdiction: Absent | ("england" | "wales" | "scotland" | "northern-ireland");
    /**
     * Optional brand colour for the area’s pages, as #rrggbb. Must give at least 4.5:1 contrast with white text.
     */
    colour?: string;
    /**
     * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
     */
    doubts?: Doubt[];
  };
  /**
   * Who the procedure is for: practitioners of every agency, Independent Chairs, managers and so on.
   */
  audience: Absent | Text[];
  /**
   * Who the procedure is about: children (the default), or children and adults in a joint protocol. The form then asks about "the person", not "the child".
   */
  about?: "children" | "children-and-adults";
  /**
   * The source documents this policy was encoded from; the first is the main one.
   *
   * @minItems 1
   */
  sources: [Source, ...Source[]];
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
    published: Absent | PartialDate;
    /**
     * When this revision comes into force: YYYY, YYYY-MM or YYYY-MM-DD.
     */
    effective: Absent | PartialDate;
    /**
     * When the policy group will next review the procedure. A month (YYYY-MM) means by the end of that month. A date already passed is reported as an overdue review.
     */
    nextReview: Absent | PartialDate;
    /**
     * Who reviews the procedure, e.g. "the policy and procedures group".
     */
    reviewedBy?: Absent | Text;
    /**
     * The author’s amendment notes for this revision, newest first.
     *
     * Items: One amendment note.
     */
    amendments?: {
      /**
       * When the amendment was made.
       */
      date: Absent | PartialDate;
      /**
       * Plain text (no HTML or Markdown).
       */
      note: string;
      /**
       * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
       */
      doubts?: Doubt[];
    }[];
    /**
     * The revision file (name without .yaml) this revision replaced, e.g. `2019-03`. Orders revisions whose dates are not stated.
     */
    supersedes?: string;
    /**
     * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
     */
    doubts?: Doubt[];
  };
  /**
   * Principles that guide every escalation, each with its force.
   */
  principles:
    | Absent
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
         * How binding the source makes the principle.
         */
        force: Absent | ("must" | "should" | "may" | "expected" | "encouraged");
        /**
         * The heading the source lists it under, e.g. "Trust values" or "Communication".
         */
        group?: string;
        /**
         * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
         */
        doubts?: Doubt[];
      }[];
  /**
   * What the procedure covers and what it does not.
   */
  scope: {
    /**
     * What the procedure covers.
     */
    covers: Absent | Text[];
    /**
     * Conditions for using the procedure at all, e.g. "only when efforts to resolve the disagreement directly have failed".
     */
    useWhen?: Text[];
    /**
     * What the procedure explicitly does not cover, with where each goes instead.
     */
    excludes:
      | Absent
      | {
          /**
           * Plain text (no HTML or Markdown).
           */
          what: string;
          /**
           * Where it goes instead, e.g. "the Independent Chair alerts the relevant manager".
           */
          instead: Absent | Text;
          /**
           * The id of a track that handles it instead defined in this policy.
           */
          track?: string;
          /**
           * How firmly the source excludes it.
           */
          force?: Absent | ("must" | "should" | "may" | "expected" | "encouraged");
          /**
           * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
           */
          doubts?: Doubt[];
        }[];
    /**
     * Other procedures and services the source points people to that are not exclusions, e.g. "children and parents have access to the complaints procedure", the LADO, an emergency protocol.
     *
     * Items: A signpost.
     */
    signposts?: {
      /**
       * Plain text (no HTML or Markdown).
       */
      what: string;
      /**
       * Where it can be found, if the source gives an address.
       */
      url?: string;
      /**
       * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
       */
      doubts?: Doubt[];
    }[];
    /**
     * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
     */
    doubts?: Doubt[];
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
    /**
     * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
     */
    doubts?: Doubt[];
  }[];
  /**
   * Categories of disagreement (issues that could arise). Different raisers may have different lists.
   */
  categoryLists?: Absent | CategoryList[];
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
   * Ways into the procedure chosen by the kind or severity of the concern (for example a Case Alert for practice below standard, a Management Alert for a serious issue), each with when it is used, the stage it starts at and its clock. Only where the source offers a choice: a procedure with one way in has none.
   *
   * @minItems 2
   */
  entryPoints?: [EntryPoint, EntryPoint, ...EntryPoint[]];
  /**
   * Routes that skip stages: emergency (imminent significant harm) and bypass to a higher stage.
   */
  routes?: Route[];
  /**
   * Actions taken beside the stages, at any stage or at named ones: notify the IRO, refer to Cafcass, inform the board chair.
   */
  sideActions?: SideAction[];
  /**
   * People who may be asked for advice at any stage without being a rung of the ladder ("at any stage, advice may be sought from the designated doctor or nurse").
   */
  advisers?: {
    /**
     * The advisers, by role id.
     *
     * @minItems 1
     *
     * Items: The id of a role defined in this policy.
     */
    roles: [string, ...string[]];
    /**
     * Plain text (no HTML or Markdown).
     */
    when?: string;
    /**
     * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
     */
    doubts?: Doubt[];
  };
  /**
   * What the source says about learning lessons.
   */
  learning?:
    | Absent
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
        /**
         * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
         */
        doubts?: Doubt[];
      };
  /**
   * Monitoring and audit of escalations.
   */
  monitoring?:
    | Absent
    | {
        /**
         * Plain text (no HTML or Markdown).
         */
        what: string;
        /**
         * Who monitors.
         */
        by: Absent | string;
        /**
         * How often, e.g. "quarterly".
         */
        frequency: Absent | Text;
        /**
         * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
         */
        doubts?: Doubt[];
      }[];
  /**
   * Documents to be read in conjunction with this one, and documents its text mentions.
   */
  relatedDocuments?:
    | Absent
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
        /**
         * true when the text only mentions the document ("as set out in the Quality Assurance Framework") rather than saying to read it with this one.
         */
        mentioned?: boolean;
        /**
         * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
         */
        doubts?: Doubt[];
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
    /**
     * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
     */
    doubts?: Doubt[];
  }[];
  /**
   * Worked examples that are tests: each a record and what the form must show for it.
   */
  examples?: Example[];
  /**
   * Other facts the source states that no field above holds.
   */
  notes?: Text[];
}
/**
 * One doubt: exactly one of `unclear` or `outsideSource`, and `about` naming the property it concerns.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "doubt".
 */
export interface Doubt {
  /**
   * The property of this object the doubt is about, e.g. `jurisdiction`. Leave out when it is about the whole object.
   */
  about?: string;
  /**
   * Plain text (no HTML or Markdown).
   */
  unclear?: string;
  /**
   * Plain text (no HTML or Markdown).
   */
  outsideSource?: string;
}
/**
 * A source document this policy was encoded from.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "source".
 */
export interface Source {
  /**
   * An identifier for the source, needed only when a track refers to it (`source:`): lower-case letters, digits and hyphens.
   */
  id?: string;
  /**
   * Title of the source document exactly as it appears; "not seen" when the copy available does not show it.
   */
  title: Absent | Text;
  /**
   * Who published the source document.
   */
  owner: Absent | Text;
  /**
   * Date of the source document as it states it: YYYY, YYYY-MM or YYYY-MM-DD.
   */
  date: Absent | PartialDate;
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
  /**
   * Plain text (no HTML or Markdown).
   */
  covers?: string;
  /**
   * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
   */
  doubts?: Doubt[];
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
   * post: a named post; relative: relative to the raiser ("your line manager"), shown as the raiser’s; group: several people or posts; external: outside the area’s agencies (e.g. Cafcass); family: the child, their family or carers, who are told about an escalation or asked for their views but are not parties to the dispute.
   */
  kind: "post" | "relative" | "group" | "external" | "family";
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
  /**
   * Plain text (no HTML or Markdown).
   */
  foundIn?: string;
  /**
   * Who stands in when the post holder is away or unavailable, e.g. the Duty Team Manager for the Team Manager.
   *
   * @minItems 1
   *
   * Items: The id of a role defined in this policy.
   */
  coveredBy?: [string, ...string[]];
  /**
   * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
   */
  doubts?: Doubt[];
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
  raisedBy: Absent | [string, ...string[]];
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
      /**
       * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
       */
      doubts?: Doubt[];
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
      /**
       * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
       */
      doubts?: Doubt[];
    }[]
  ];
  /**
   * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
   */
  doubts?: Doubt[];
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
  raisedBy?: Absent | [string, ...string[]];
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
     * informal, formal, "not stated" or "not seen".
     */
    formality?: "informal" | "formal" | "not stated" | "not seen";
    /**
     * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
     */
    doubts?: Doubt[];
  }[];
  /**
   * The stages in order. The first is where the track starts. "not seen" when they are set out in a part not available (e.g. a linked flowchart).
   */
  stages: Absent | [Stage, ...Stage[]];
  /**
   * What happens when the last stage fails.
   */
  whenLastStageFails:
    | Absent
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
        decidedBy?: Absent | [string, ...string[]];
        /**
         * Plain text (no HTML or Markdown).
         */
        caseReview?: string;
        /**
         * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
         */
        doubts?: Doubt[];
      };
  /**
   * Who owns this track, when it is not the area’s owner.
   */
  owner?: Absent | Text;
  /**
   * The id of the source document this track is taken from, when it is not the main one.
   */
  source?: string;
  /**
   * A limit on the whole process ("20 working days in total").
   */
  overallLimit?: {
    limit: Timescale;
    /**
     * all-stages (the total for the whole track) or unclear (the source could mean each stage or all of them: add a doubt saying which reading).
     */
    appliesTo: "all-stages" | "unclear";
    /**
     * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
     */
    doubts?: Doubt[];
  };
  /**
   * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
   */
  doubts?: Doubt[];
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
   * informal, formal, "not stated" or "not seen".
   */
  formality: "informal" | "formal" | "not stated" | "not seen";
  /**
   * Who raises the escalation at this stage.
   */
  raisedBy: Absent | [string, ...string[]];
  /**
   * Who the raiser consults before acting ("after consulting their line manager"): asked for a view, not deciding with them and not a rung.
   */
  consultFirst?: Absent | [string, ...string[]];
  /**
   * Who it is raised with.
   */
  to: Absent | [string, ...string[]];
  /**
   * How `to` is read when it names several: all (raise it with each of them: both-and), one-of (with one of them: either-or), in-order (the first; only if that fails, the next). Leave it out where the source does not say.
   */
  recipients?: "all" | "one-of" | "in-order";
  /**
   * What the recipient does with it, in the source's words, e.g. "investigates and replies formally", "determines a course of action".
   *
   * @minItems 1
   */
  recipientDoes?: [Text, ...Text[]];
  /**
   * Who is sent a copy at this stage without being asked to reply ("copying TM, ATM and SW"). Copies can grow stage by stage.
   */
  copyTo?: Absent | [string, ...string[]];
  /**
   * Who judges whether this stage resolved the concern, when the source says (it can change from stage to stage: the chair alone, then the chair and the Head of QA together). Every role listed must be satisfied.
   */
  decidedBy?: Absent | [string, ...string[]];
  /**
   * true when each agency escalates up its own line to this level at once and the peers talk to each other.
   */
  eachAgency?: boolean;
  /**
   * Where the source names a different recipient in each agency at this stage (police detective sergeant, health senior health visitor, school Designated Teacher): one entry per agency. `to` then names them all, or the group that holds them.
   *
   * @minItems 1
   */
  byAgency?: [AgencyRecipient, ...AgencyRecipient[]];
  /**
   * Others who take part with the recipient, e.g. the equivalent manager in the other agency, or a designated practitioner who may be involved.
   */
  with?: Absent | [string, ...string[]];
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
  send?: Absent | Text[];
  /**
   * How the escalation is made.
   */
  methods: Absent | Method[];
  /**
   * What must be recorded, and where.
   */
  record: Absent | RecordEntry[];
  /**
   * What the stage must produce, as items of their own: an acknowledgement, an action plan, a two-part form, a letter a manager endorses, an outcome form that closes the escalation.
   *
   * @minItems 1
   */
  outputs?: [StageOutput, ...StageOutput[]];
  /**
   * How fast. "not stated" when the source gives none.
   */
  timescales: Absent | Timescale[];
  /**
   * Outcomes: where the stage leads when resolved or not. "not stated" or "not seen" when the source does not show them.
   */
  outcomes: Absent | [Outcome, ...Outcome[]];
  /**
   * How binding raising this stage is (must, should, may ...).
   */
  force?: Absent | ("must" | "should" | "may" | "expected" | "encouraged");
  /**
   * People the source says may be involved or consulted ("it may be helpful to involve ..."): not recipients.
   */
  mayInvolve?: Absent | [string, ...string[]];
  /**
   * false when the stage is a report with no reply expected.
   */
  replyExpected?: boolean;
  /**
   * The stage repeats up a line until the issue is resolved ("up the management chain until resolved").
   */
  repeat?: {
    /**
     * When the repeating stops: resolved.
     */
    until: "resolved";
    /**
     * Plain text (no HTML or Markdown).
     */
    description?: string;
  };
  /**
   * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
   */
  doubts?: Doubt[];
}
/**
 * Whom one agency raises it with at this stage.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "agencyRecipient".
 */
export interface AgencyRecipient {
  /**
   * Plain text (no HTML or Markdown).
   */
  agency: string;
  /**
   * The post it goes to in that agency, e.g. [detective-inspector].
   */
  to: Absent | [string, ...string[]];
  /**
   * Plain text (no HTML or Markdown).
   */
  note?: string;
  /**
   * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
   */
  doubts?: Doubt[];
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
   * Where the marking goes: subject (the email subject line), body, or "not stated" / "not seen".
   */
  markingPlace?: "subject" | "body" | "not stated" | "not seen";
  /**
   * Whether the method must, should or may be used.
   */
  force?: Absent | ("must" | "should" | "may" | "expected" | "encouraged");
  /**
   * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
   */
  doubts?: Doubt[];
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
  where: Absent | Text;
  /**
   * The id of the role that records it defined in this policy.
   */
  by?: string;
  /**
   * How binding the record is.
   */
  force?: Absent | ("must" | "should" | "may" | "expected" | "encouraged");
  /**
   * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
   */
  doubts?: Doubt[];
}
/**
 * Something a stage must produce: an acknowledgement, an action plan, a form, a letter, a report.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "stageOutput".
 */
export interface StageOutput {
  /**
   * A permanent identifier: lower-case letters, digits and hyphens, starting with a letter. Other parts of the policy refer to it.
   */
  id: string;
  /**
   * acknowledgement (that the escalation was received), action-plan, form (a form to complete, in `parts` when different people complete it), letter, report, or other.
   */
  kind: "acknowledgement" | "action-plan" | "form" | "letter" | "report" | "other";
  /**
   * Plain text (no HTML or Markdown).
   */
  title: string;
  /**
   * Who produces it.
   */
  by?: Absent | [string, ...string[]];
  /**
   * Who it is sent to.
   */
  to?: Absent | [string, ...string[]];
  /**
   * Its own time limits, where the source gives it one ("an action plan within 10 working days").
   */
  timescales?: Timescale[];
  /**
   * Its sections, when different people complete them (the raiser's section, then the responder's).
   *
   * @minItems 2
   *
   * Items: One section.
   */
  parts?: [
    {
      /**
       * Plain text (no HTML or Markdown).
       */
      title: string;
      /**
       * Who completes it.
       */
      by: Absent | [string, ...string[]];
      /**
       * Who it is returned or sent to.
       */
      to?: Absent | [string, ...string[]];
      /**
       * Its own time limits, where the source gives the section one.
       */
      timescales?: Timescale[];
      /**
       * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
       */
      doubts?: Doubt[];
    },
    {
      /**
       * Plain text (no HTML or Markdown).
       */
      title: string;
      /**
       * Who completes it.
       */
      by: Absent | [string, ...string[]];
      /**
       * Who it is returned or sent to.
       */
      to?: Absent | [string, ...string[]];
      /**
       * Its own time limits, where the source gives the section one.
       */
      timescales?: Timescale[];
      /**
       * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
       */
      doubts?: Doubt[];
    },
    ...{
      /**
       * Plain text (no HTML or Markdown).
       */
      title: string;
      /**
       * Who completes it.
       */
      by: Absent | [string, ...string[]];
      /**
       * Who it is returned or sent to.
       */
      to?: Absent | [string, ...string[]];
      /**
       * Its own time limits, where the source gives the section one.
       */
      timescales?: Timescale[];
      /**
       * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
       */
      doubts?: Doubt[];
    }[]
  ];
  /**
   * Who must endorse it (sign it off) before it is sent, e.g. a manager endorsing a letter.
   */
  endorsedBy?: Absent | [string, ...string[]];
  /**
   * true when completing it closes the escalation (an outcome form).
   */
  closes?: boolean;
  /**
   * How binding producing it is.
   */
  force?: Absent | ("must" | "should" | "may" | "expected" | "encouraged");
  /**
   * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
   */
  doubts?: Doubt[];
}
/**
 * A deadline: how much time, in which unit, counted from which event, for what.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "timescale".
 */
export interface Timescale {
  /**
   * What must happen within it: response (recipient replies), resolution (issue resolved), escalation (matter referred on), completion (stage completed), notification (someone informed), contact (people speak); or "not stated" / "not seen".
   */
  for: Absent | ("response" | "resolution" | "escalation" | "completion" | "notification" | "contact");
  /**
   * Who must act within the timescale.
   */
  who?: Absent | string;
  /**
   * How many units, for counted units. "not seen" when the number was not available. Leave out for limits without an amount (immediately, same-day ...).
   */
  amount?: Absent | number;
  /**
   * Counted (need `amount`): working-days, calendar-days, days (the source does not say working or calendar), hours, working-weeks, weeks, months. Limits without an amount: immediately, same-day, without-delay, as-soon-as-possible, reasonable-time, agreed-case-by-case.
   */
  unit: string;
  /**
   * What the time is counted from: concern-raised (the disagreement first arose), stage-raised (this stage’s escalation was made), previous-stage-ended (the last stage ended unresolved), `{ event: <words> }` (a named event, e.g. the initial discussion), `{ stage: <stage id> }` (that stage being raised), `{ meeting: <meeting id> }`, or "not stated" / "not seen".
   */
  from: Absent | ("concern-raised" | "stage-raised" | "previous-stage-ended") | StartEvent | StartStage | StartMeeting;
  when?: Condition;
  /**
   * Plain text (no HTML or Markdown).
   */
  wording?: string;
  /**
   * The same limit stated a second way, e.g. "48 hours (two working days)": `amount`/`unit` above is the one dates are counted in, this is shown beside it.
   */
  alsoStatedAs?: {
    /**
     * How many units.
     */
    amount: number;
    /**
     * A counted unit, as for `unit`.
     */
    unit: string;
  };
  /**
   * How the limit is worded: within (the default) or no-more-than (a cap: "no more than 15 working days").
   */
  bound?: "within" | "no-more-than";
  /**
   * true when the source also says "as soon as possible" with the counted limit.
   */
  asSoonAsPossible?: boolean;
  /**
   * Plain text (no HTML or Markdown).
   */
  orSooner?: string;
  /**
   * true when the source says "whichever is less" of the limit and `orSooner`.
   */
  whicheverIsLess?: boolean;
  /**
   * How binding the timescale is, e.g. expected for "is expected to reply within".
   */
  force?: Absent | ("must" | "should" | "may" | "expected" | "encouraged");
  /**
   * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
   */
  doubts?: Doubt[];
}
/**
 * Counted from a named event, e.g. `{ event: the initial discussion }`.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "startEvent".
 */
export interface StartEvent {
  /**
   * Plain text (no HTML or Markdown).
   */
  event: string;
}
/**
 * Counted from another stage being raised, e.g. `{ stage: step-1 }` for "of step 1".
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "startStage".
 */
export interface StartStage {
  /**
   * The id of a stage defined in this policy.
   */
  stage: string;
}
/**
 * Counted from a meeting defined in this policy, e.g. `{ meeting: core-group }`.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "startMeeting".
 */
export interface StartMeeting {
  /**
   * The id of a meeting defined in this policy.
   */
  meeting: string;
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
  attendees: Absent | [string, ...string[]];
  /**
   * What the meeting is for.
   */
  purpose: Absent | Text;
  /**
   * true when the source says it may be held ("it is useful in some circumstances") rather than will be.
   */
  optional?: boolean;
  /**
   * What happens after the meeting.
   */
  outcomes?: Outcome[];
  /**
   * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
   */
  doubts?: Doubt[];
}
/**
 * One way into the procedure.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "entryPoint".
 */
export interface EntryPoint {
  /**
   * A permanent identifier: lower-case letters, digits and hyphens, starting with a letter. Other parts of the policy refer to it.
   */
  id: string;
  /**
   * Plain text (no HTML or Markdown).
   */
  title: string;
  /**
   * The kind or severity of concern it is for, in the source's words, e.g. "a serious issue, or one that needs a management decision".
   */
  when: Absent | Text;
  /**
   * The id of the stage it starts at, defined in this policy.
   */
  stage: string;
  /**
   * Its own clock, where the source gives the way in a time limit of its own ("immediately"); without it the first stage's timescales apply.
   */
  timescales?: Absent | Timescale[];
  /**
   * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
   */
  doubts?: Doubt[];
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
  when: Absent | Text;
  condition?: Condition;
  /**
   * The id of the track it belongs to defined in this policy.
   */
  track?: string;
  /**
   * Who may use it.
   */
  raisedBy: Absent | [string, ...string[]];
  /**
   * Who the raiser goes to.
   */
  to?: Absent | [string, ...string[]];
  /**
   * The id of the stage it goes to, defined in this policy.
   */
  toStage?: string;
  /**
   * Who decides to use it.
   */
  decidedBy?: Absent | [string, ...string[]];
  /**
   * Who the raiser consults before acting ("after consulting their line manager"): asked for a view, not deciding with them and not a rung.
   */
  consultFirst?: Absent | [string, ...string[]];
  /**
   * Who the decision is made with.
   */
  inConjunctionWith?: Absent | [string, ...string[]];
  /**
   * What must be recorded, e.g. the reasons for bypassing earlier stages.
   */
  record: Absent | Text[];
  /**
   * What happens.
   */
  steps?: Text[];
  /**
   * The route's own time limits ("immediately", "within 24 hours"), when the source gives them; "not stated" where it says the route is fast but not how fast.
   */
  timescales?: Absent | Timescale[];
  /**
   * true when it may go to any higher stage.
   */
  toAnyHigherStage?: boolean;
  /**
   * How binding the route is.
   */
  force?: Absent | ("must" | "should" | "may" | "expected" | "encouraged");
  /**
   * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
   */
  doubts?: Doubt[];
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
   * must, should, may, expected, encouraged or "not stated".
   */
  force?: Absent | ("must" | "should" | "may" | "expected" | "encouraged");
  /**
   * "any" for any stage, or the ids of the stages.
   */
  at: "any" | [string, ...string[]];
  /**
   * The event it happens on, when the source ties it to one rather than to a stage: escalation-raised (when an escalation is first raised), stage-raised (each time a stage is raised, within `at`), resolved (when the escalation is resolved).
   */
  on?: "escalation-raised" | "stage-raised" | "resolved";
  when?: Condition;
  /**
   * Who does it.
   */
  by: Absent | [string, ...string[]];
  /**
   * Who is notified or referred to.
   */
  to?: Absent | [string, ...string[]];
  /**
   * Who the decision is made with.
   */
  inConjunctionWith?: Absent | [string, ...string[]];
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
  /**
   * Doubts about facts of this object: a passage that allows two readings (`unclear`: which reading the policy takes and why) or a fact taken from outside the source (`outsideSource`: where it comes from). The site shows each beside the fact.
   */
  doubts?: Doubt[];
}
/**
 * A worked example: a record as a practitioner would start it, and what the form must then show. `npm run check` runs it with the form's own code and fails, at the example, when a revision or a change of bank holidays makes it untrue. The protocol page shows it in words.
 *
 * This interface was referenced by `PolicyInput`'s JSON-Schema
 * via the `definition` "example".
 */
export interface Example {
  /**
   * Plain text (no HTML or Markdown).
   */
  title: string;
  /**
   * The day the stage is raised, YYYY-MM-DD.
   */
  raised: string;
  /**
   * The time it is raised, HH:MM, for a timescale in hours.
   */
  timeRaised?: string;
  /**
   * The id of the stage raised; left out where the policy lists no stages (the form then takes the stage in words).
   */
  stage?: string;
  /**
   * The id of the role raising it.
   */
  raisedBy?: string;
  /**
   * The stage's outcome, once the record has one (some actions apply only once a stage is not resolved).
   */
  outcome?: "resolved" | "not-resolved" | "no-reply";
  /**
   * The child's statuses, as the form asks them.
   */
  childStatus?: ("child-in-need" | "child-protection-plan" | "looked-after" | "care-leaver" | "early-help" | "other")[];
  /**
   * The answer to the form's emergency question (imminent significant harm, or the urgent route's), when the example gives one.
   */
  imminentHarm?: boolean;
  /**
   * Whose bank holidays the user chooses, for a policy that does not say.
   */
  bankHolidays?: "england" | "wales" | "scotland" | "northern-ireland";
  /**
   * How the user chooses to count "days" the policy does not qualify.
   */
  daysCount?: "working" | "calendar";
  /**
   * What the form must show for this record. Only what is given is checked.
   */
  expect: {
    /**
     * The stage's respond-by date, YYYY-MM-DD, or `none` when the form must give no date.
     */
    dueBy?: string | "none";
    /**
     * The respond-by time, HH:MM, for a timescale in hours.
     */
    dueTime?: string;
    /**
     * Ids of side actions the form shows for this record (their questions, or their notice).
     */
    shows?: string[];
    /**
     * Ids of side actions the form does not show for this record.
     */
    hides?: string[];
    /**
     * Whether the form stops and shows the emergency route instead.
     */
    emergencyStop?: boolean;
  };
}
