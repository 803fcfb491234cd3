/** Downloads the answers as a draft file (see form-file.ts), named after the area and today's date. */
import { localToday } from "../dates/local-today.ts";
import { downloadFile } from "./download-file.ts";
import { createFormFile, type FormFileMeta } from "./form-file.ts";

export function saveDraft(meta: FormFileMeta, answers: unknown): void {
  const file = createFormFile(
    { areaId: meta.areaId, policyId: meta.policyId, revisionId: meta.revisionId, schemaVersion: meta.schemaVersion },
    answers,
    new Date(),
  );
  downloadFile(`escalation-${meta.areaId}-${localToday()}.json`, "application/json", `${JSON.stringify(file, null, 2)}\n`);
}
