/**
 * `npm run new -- <area> [revision] [--dir <folder>]`: writes a commented starter policy
 * to `policies/<area>/<revision>.yaml` that already passes `npm run check`, so a policy
 * group starts from a file that builds and edits it, instead of from a blank page.
 *
 * The starter lives in scripts/templates/policy.yaml rather than in this file so that the
 * people who write policies can read and improve it as YAML. Its `{{name}}` placeholders
 * are filled in by renderPolicyTemplate.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";

const repoRoot = path.resolve(import.meta.dirname, "..");
export const templatePath = path.join(import.meta.dirname, "templates", "policy.yaml");
const schemaFile = path.join(repoRoot, "schemas", "policy.schema.json");

// The same rules the compiler applies (POLICY_AREA_ID_INVALID, POLICY_REVISION_ID_INVALID),
// checked here first so that a bad name is refused before any file exists.
const areaPattern = /^[a-z][a-z0-9-]*$/;
const revisionPattern = /^[a-z0-9][a-z0-9.-]*$/;
const datePattern = /^(\d{4})-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

const usage = `Usage: npm run new -- <area> [revision] [--dir <policies folder>]

  <area>      the area's folder and web address: lower-case letters, digits and hyphens,
              starting with a letter, e.g. north-shire
  [revision]  the revision's file name, e.g. 2026-04 (default: this year and month)
  --dir       the policies folder to write into (default: policies)`;

/** A mistake in the command line or a refusal: printed as a message, never as a stack trace. */
export class NewPolicyError extends Error {
  /** Whether the usage helps: it does for a malformed command line, not for a refusal. */
  readonly showUsage: boolean;
  constructor(message: string, options: { readonly showUsage?: boolean } = {}) {
    super(message);
    this.showUsage = options.showUsage ?? true;
  }
}

export interface NewPolicyOptions {
  readonly areaId: string;
  readonly revision: string;
  /** Where the file's `$schema` line points, relative to the new file. */
  readonly schemaPath: string;
  /** YYYY-MM-DD. */
  readonly today: string;
}

/** `north-shire` -> `North Shire`: a starting name, which the author corrects to the source's. */
const titleCase = (id: string): string =>
  id
    .split("-")
    .filter((word) => word.length > 0)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(" ");

/** Paths under the working folder are shown relative to it, others in full. */
const display = (cwd: string, target: string): string => {
  const relative = path.relative(cwd, target);
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative) ? target : relative;
};

const yearMonth = (isoDay: string): string => isoDay.slice(0, 7);
const addYear = (month: string): string => `${Number(month.slice(0, 4)) + 1}${month.slice(4)}`;

export function validateAreaId(areaId: string): void {
  if (!areaPattern.test(areaId)) {
    throw new NewPolicyError(
      `"${areaId}" cannot be used as an area name: it becomes the folder and the web address, so use lower-case letters, digits and hyphens, starting with a letter (e.g. north-shire).`,
    );
  }
}

export function validateRevision(revision: string): void {
  if (!revisionPattern.test(revision)) {
    throw new NewPolicyError(
      `"${revision}" cannot be used as a revision name: it becomes the file name and part of the web address, so use lower-case letters, digits, hyphens and dots (e.g. 2026-04 or v2).`,
    );
  }
}

export function renderPolicyTemplate(options: NewPolicyOptions, template = readFileSync(templatePath, "utf8")): string {
  // A revision named by a date is taken as the date it is published and comes into force;
  // any other name (v2) gets this month, which the author corrects.
  const date = datePattern.test(options.revision) ? options.revision : yearMonth(options.today);
  const month = yearMonth(date);
  // A year after the later of the revision and today, so a new file never starts with an
  // overdue-review warning.
  const nextReview = addYear(month > yearMonth(options.today) ? month : yearMonth(options.today));
  const values: Record<string, string> = {
    schemaPath: options.schemaPath,
    areaId: options.areaId,
    areaName: titleCase(options.areaId),
    // Where the name is a whole value: an area called `true` would otherwise read as `True`, a boolean.
    areaNameValue: stringify(titleCase(options.areaId)).trimEnd(),
    revision: options.revision,
    date,
    nextReview,
  };
  return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`The policy template uses an unknown placeholder ${match}`);
    return value;
  });
}

interface Arguments {
  readonly areaId: string;
  readonly revision?: string;
  readonly dir?: string;
  readonly today?: string;
}

function parseArguments(args: readonly string[]): Arguments | "help" {
  const positional: string[] = [];
  let dir: string | undefined;
  let today: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--help" || arg === "-h") return "help";
    if (arg === "--dir" || arg.startsWith("--dir=")) {
      dir = arg === "--dir" ? args[++i] : arg.slice("--dir=".length);
      if (!dir) throw new NewPolicyError("--dir needs a folder, e.g. --dir policies");
    } else if (arg.startsWith("--today=")) {
      // Undocumented in the usage: for tests and reproducible examples, like `npm run check`.
      today = arg.slice("--today=".length);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new NewPolicyError(`--today must be a date written YYYY-MM-DD, not "${today}".`);
    } else if (arg.startsWith("-")) {
      throw new NewPolicyError(`Unknown option ${arg}.`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length === 0) throw new NewPolicyError("Name the area, e.g. npm run new -- north-shire");
  if (positional.length > 2) throw new NewPolicyError(`Expected an area and at most a revision, but got: ${positional.join(" ")}`);
  const [areaId, revision] = positional as [string, string | undefined];
  return {
    areaId,
    ...(revision !== undefined ? { revision } : {}),
    ...(dir !== undefined ? { dir } : {}),
    ...(today !== undefined ? { today } : {}),
  };
}

/** Writes the starter policy and returns what to tell the author. */
export function createPolicy(args: readonly string[], cwd = process.cwd()): string {
  const parsed = parseArguments(args);
  if (parsed === "help") return usage;
  const today = parsed.today ?? new Date().toISOString().slice(0, 10);
  const revision = parsed.revision ?? yearMonth(today);
  validateAreaId(parsed.areaId);
  validateRevision(revision);

  const policiesDir = path.resolve(cwd, parsed.dir ?? process.env.ESCALATION_KIT_POLICIES ?? "policies");
  const areaDir = path.join(policiesDir, parsed.areaId);
  const file = path.join(areaDir, `${revision}.yaml`);
  const shown = display(cwd, file);
  const earlier = existsSync(areaDir)
    ? readdirSync(areaDir)
        .filter((f) => /\.ya?ml$/i.test(f) && f !== `${revision}.yaml`)
        .sort()
    : [];

  const schemaPath = path.relative(areaDir, schemaFile).split(path.sep).join("/");
  const text = renderPolicyTemplate({ areaId: parsed.areaId, revision, schemaPath, today });
  mkdirSync(areaDir, { recursive: true });
  try {
    // "wx" fails if the file exists, so a policy is never overwritten, even by a race.
    writeFileSync(file, text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") {
      throw new NewPolicyError(
        `${shown} already exists and was left as it is. Edit it, or name another revision: npm run new -- ${parsed.areaId} <revision>`,
        {
          showUsage: false,
        },
      );
    }
    throw error;
  }

  const lines = [`Created ${shown}, a starter policy for ${titleCase(parsed.areaId)}, revision ${revision}.`];
  if (earlier.length > 0) {
    lines.push(
      "",
      `Note: ${parsed.areaId} already has ${earlier.join(", ")}. A new revision of a policy usually starts as a copy of`,
      `the current file with new revision dates (docs/authoring.md, "Publish a new revision"). If that is what you`,
      `meant, delete ${shown} and copy the current file instead.`,
    );
  }
  lines.push(
    "",
    "Next steps:",
    `  1. Edit ${shown}: replace each example value with what your procedure says, or \`not stated\`.`,
    `  2. npm run check -- ${display(cwd, areaDir)}   (every problem, with its line and a hint)`,
    "  3. npm run dev   (preview the site; pages rebuild when you save)",
    "The guide is docs/authoring.md; every field is described in docs/field-reference.md.",
  );
  return lines.join("\n");
}

if (import.meta.main) {
  try {
    console.log(createPolicy(process.argv.slice(2)));
  } catch (error) {
    if (!(error instanceof NewPolicyError)) {
      // An unexpected failure (a folder that cannot be written): the reason, not a stack trace.
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`Could not create the policy: ${reason}`);
    } else {
      console.error(error.showUsage ? `${error.message}\n\n${usage}` : error.message);
    }
    process.exitCode = 1;
  }
}
