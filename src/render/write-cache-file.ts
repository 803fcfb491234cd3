import { renameSync, writeFileSync } from "node:fs";

let written = 0;

/**
 * Puts a made artifact (a chart's SVG, a validator, a form type) in its cache: written
 * under a temporary name, then renamed into place, so a killed build never leaves half a
 * file that a later build would serve. The temporary name is this process's own and this
 * write's own, so two builds sharing a cache, or two charts drawn at once, never mix their
 * writes.
 */
export function writeCacheFile(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.${written++}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
