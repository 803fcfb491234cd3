/**
 * The record as it is printed, downloaded as PDF and checked before download: every
 * answer the form is showing, under its section. A respond-by date the form could not
 * work out says why instead of "not answered" (it is not the user's to give), and one it
 * did work out is followed by how it was counted, and any choice made where the policy
 * left one open.
 */
import type { RJSFSchema } from "@rjsf/utils";
import { formRecordPaths } from "../generators/form-record-paths.ts";
import { describeAnswers, type AnswerSection } from "./describe-answers.ts";
import type { StageDue } from "./form-due-dates.ts";

export function recordSections(
  schema: RJSFSchema,
  answers: Record<string, unknown>,
  hiddenPaths: ReadonlySet<string>,
  dues: readonly StageDue[],
): AnswerSection[] {
  const dueAt = (path: string) => {
    const index = formRecordPaths.respondByIndex(path);
    return index === undefined ? undefined : dues[index];
  };
  return describeAnswers(
    schema as never,
    answers,
    (path) => hiddenPaths.has(path),
    (path) => dueAt(path)?.recordText,
    (path) => {
      // With what the form chose where the policy left it open ("counted from the date raised at this stage").
      const due = dueAt(path);
      return due?.explanation
        ? [{ label: "How the respond-by date was counted", value: [due.explanation, due.note].filter(Boolean).join(" ") }]
        : [];
    },
  );
}
