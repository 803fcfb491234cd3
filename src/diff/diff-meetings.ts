/** Changes to meetings. */
import { type Meeting, type Policy } from "../compiler/policy-model.ts";
import { describeAdded, describeRemoved, doubtList, quoted, roleList, stageRef, yesNo } from "./describe-changes.ts";
import { type FieldWords, diffFields, diffList } from "./diff-fields.ts";
import { type PolicyChange, change } from "./policy-change.ts";

export const meetingFieldWords: FieldWords<Meeting> = {
  when: "when it is held",
  duringStageId: "the stage it is held at",
  attendees: "who attends",
  purpose: "purpose",
  optional: "whether it is optional",
  outcomes: "outcomes",
  doubts: "doubts about it",
};

export function diffMeetings(older: Policy, newer: Policy): PolicyChange[] {
  return diffList(older.meetings, newer.meetings, (m) => m.id, "newer-order", {
    added: (meeting) => [
      change("meeting-added", "meetings", meeting.id, describeAdded("Meeting", meeting.title), { after: meeting.title }),
    ],
    // A meeting has no kind of its own for a new title: it is one of its fields here.
    kept: (before, after) =>
      diffFields(
        before,
        after,
        { title: "title", ...meetingFieldWords },
        (what, values) => change("meeting-changed", "meetings", after.id, what(`Meeting ${quoted(before.title)}`), values),
        {
          policies: [older, newer],
          // Its outcomes are compared as written: a meeting's "not resolved" names the stage it leads to.
          describe: { duringStageId: stageRef, attendees: roleList("and"), optional: yesNo("optional", "always held"), doubts: doubtList },
          nameField: "title",
        },
      ),
    removed: (meeting) => [
      change("meeting-removed", "meetings", meeting.id, describeRemoved("Meeting", meeting.title), { before: meeting.title }),
    ],
  });
}
