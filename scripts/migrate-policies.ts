/**
 * `npm run migrate [-- paths...]`: upgrades format-1 policies to format 2 in place and
 * prints a diff of each file, so the author sees every line that changed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createTwoFilesPatch } from "diff";
import { findPolicyFiles } from "../src/compiler/find-policy-files.ts";
import { migratePolicySource } from "../src/compiler/migrate-policy-source.ts";

const targets = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const files = findPolicyFiles(targets.length > 0 ? targets : ["policies"]);
let failed = 0;
let migrated = 0;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    console.log(`${file}: not migrated: it could not be read (${(error as NodeJS.ErrnoException).code ?? error}).`);
    failed++;
    continue;
  }
  const result = migratePolicySource(text);
  if (result.status === "current") continue;
  if (result.status === "failed") {
    console.log(`${file}: not migrated: ${result.reason}.`);
    failed++;
    continue;
  }
  writeFileSync(file, result.text);
  migrated++;
  process.stdout.write(createTwoFilesPatch(file, file, text, result.text, "format 1", "format 2"));
  console.log();
}
console.log(`${migrated} file(s) upgraded to format 2, ${failed} not migrated, ${files.length - migrated - failed} already in format 2.`);
process.exitCode = failed > 0 ? 1 : 0;
