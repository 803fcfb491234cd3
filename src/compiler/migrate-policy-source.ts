/**
 * Upgrades a format-1 policy file to format 2 by editing its text, so that the author's
 * comments, folded paragraphs and layout survive: a YAML round trip would rewrite them.
 * Every edit is checked afterwards by parsing both files: the migrated data must be
 * exactly the old data with the format-2 changes applied, or nothing is written.
 */
import { isDeepStrictEqual } from "node:util";
import { parse } from "yaml";

export type MigrationResult =
  | { readonly status: "migrated"; readonly text: string; readonly changes: readonly string[] }
  | { readonly status: "current" }
  | { readonly status: "failed"; readonly reason: string };

/** What format 2 changes in the data, applied to parsed format-1 data: the check the text edits must pass. */
export function migratePolicyData(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === "formatVersion") out.formatVersion = 2;
    else if (key === "source") out.sources = [value];
    else if (key === "routes" && Array.isArray(value)) {
      out.routes = value.map((route: Record<string, unknown>) => {
        if (route?.toStage !== "any-higher") return route;
        return Object.fromEntries(Object.entries(route).map(([k, v]) => (k === "toStage" ? ["toAnyHigherStage", true] : [k, v])));
      });
    } else out[key] = value;
  }
  return out;
}

const sameData = (a: unknown, b: unknown): boolean => isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));

export function migratePolicySource(text: string): MigrationResult {
  let data: unknown;
  try {
    data = parse(text, { logLevel: "error" });
  } catch (error) {
    return { status: "failed", reason: `it is not readable YAML (${(error as Error).message.split("\n")[0]}); fix it first` };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { status: "failed", reason: "it does not hold a policy" };
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (version === 2) return { status: "current" };
  if (version === undefined) return { status: "failed", reason: "it has no formatVersion, so its format is not known" };
  if (version !== 1) return { status: "failed", reason: `its formatVersion is ${JSON.stringify(version)}, not 1` };

  const changes: string[] = [];
  const lines = text.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^formatVersion:\s*1\s*(#.*)?$/.test(line)) {
      out.push(line.replace(/1/, "2"));
      changes.push("formatVersion: 1 -> 2");
      continue;
    }
    const flow = /^source:(\s*)(\{.*\})(\s*#.*)?$/.exec(line);
    if (flow) {
      out.push(`sources:${flow[1]}[${flow[2]}]${flow[3] ?? ""}`);
      changes.push("source: -> sources: (a list of one)");
      continue;
    }
    if (/^source:\s*(#.*)?$/.test(line)) {
      // The block is every line up to the next one that starts at the left margin.
      out.push(line.replace(/^source:/, "sources:"));
      let first = true;
      for (i++; i < lines.length; i++) {
        const inner = lines[i]!;
        if (inner.trim() !== "" && !/^\s/.test(inner)) {
          i--;
          break;
        }
        if (inner.trim() === "") out.push(inner);
        else if (first && !inner.trim().startsWith("#")) {
          out.push(inner.replace(/^(\s*)/, "$1- "));
          first = false;
        } else out.push(`  ${inner}`);
      }
      changes.push("source: -> sources: (a list of one)");
      continue;
    }
    const any = /^(\s*)toStage:\s*any-higher\s*(#.*)?$/.exec(line);
    if (any) {
      out.push(`${any[1]}toAnyHigherStage: true${any[2] ? ` ${any[2]}` : ""}`);
      changes.push("toStage: any-higher -> toAnyHigherStage: true");
      continue;
    }
    out.push(line);
  }
  const migrated = out.join("\n");
  let after: unknown;
  try {
    after = parse(migrated, { logLevel: "error" });
  } catch {
    return { status: "failed", reason: "the upgraded text would not be valid YAML; upgrade it by hand (docs/format-2.md)" };
  }
  if (!sameData(after, migratePolicyData(data as Record<string, unknown>))) {
    return { status: "failed", reason: "its layout is one the upgrade cannot edit safely; upgrade it by hand (docs/format-2.md)" };
  }
  return { status: "migrated", text: migrated, changes: [...new Set(changes)] };
}
