/**
 * Makes the record's PDF in the browser and downloads it: titled, with the policy's
 * version, the time it was made, and the child's name and reference at the top of every
 * later page.
 */
import { localToday } from "../dates/local-today.ts";
import type { AnswerSection } from "./describe-answers.ts";
import { downloadFile } from "./download-file.ts";

export interface RecordPdfMeta {
  readonly areaId: string;
  readonly areaName: string;
  readonly title: string;
  readonly version: string;
  readonly revisionId: string;
}

export async function saveRecordPdf(
  maker: typeof import("./record-pdf.ts"),
  meta: RecordPdfMeta,
  child: { readonly name?: string; readonly reference?: string } | undefined,
  sections: readonly AnswerSection[],
): Promise<void> {
  const generated = new Date();
  const title = `Escalation record: ${meta.title}`;
  const bytes = await maker.renderRecordPdf({
    title,
    subtitle: `${meta.areaName}. Policy version ${meta.version} (revision ${meta.revisionId}).`,
    generated,
    generatedText: generated.toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short" }),
    runningHead: maker.recordRunningHead(title, child?.name, child?.reference),
    sections,
  });
  downloadFile(`escalation-${meta.areaId}-${localToday()}.pdf`, "application/pdf", bytes as BlobPart);
}
