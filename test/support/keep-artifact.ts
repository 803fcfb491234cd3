import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Keeps a screenshot or download for a person to look at, when ESCALATION_KIT_E2E_ARTIFACTS
 * names a folder; otherwise does nothing. Tests assert on what they can, and this is how
 * the rest (layout, a printed page) gets checked by eye.
 */
export function keepArtifact(name: string, content: Buffer | Uint8Array): void {
  const dir = process.env.ESCALATION_KIT_E2E_ARTIFACTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), content);
}
