import { closeSync, openSync, readSync, statSync } from "node:fs";
import path from "node:path";
import { capDiagnostics } from "../diagnostics/cap-diagnostics.ts";
import { createDiagnostic } from "../diagnostics/create-diagnostic.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { checkPolicySemantics } from "./check-policy-semantics.ts";
import { normalisePolicy, type PolicyIdentity } from "./normalise-policy.ts";
import { maxPolicyBytes, parsePolicyYaml } from "./parse-policy-yaml.ts";
import type { PolicyInput } from "./policy-input.ts";
import type { Policy } from "./policy-model.ts";
import type { SourceLocator } from "./source-locator.ts";
import { validatePolicySchema } from "./validate-policy-schema.ts";

export interface CompileOptions {
  /** YYYY-MM-DD; defaults to the current date. */
  readonly today?: string;
}

export interface CompileResult {
  /** Present when there are no errors (warnings allowed). */
  readonly policy?: Policy;
  readonly diagnostics: readonly Diagnostic[];
  readonly source: string;
  /** Where a path in the file is, for checks across files (several revisions of an area). */
  readonly locate?: SourceLocator;
}

export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** `policies/<area>/<revision>.yaml` -> its area and revision ids. */
export function identifyPolicyFile(file: string): PolicyIdentity {
  const absolute = path.resolve(file);
  return {
    areaId: path.basename(path.dirname(absolute)),
    revisionId: path.basename(absolute).replace(/\.ya?ml$/i, ""),
    file: path.relative(process.cwd(), absolute) || file,
  };
}

/**
 * Compiles one policy's text. Never throws for a mistake in the policy: each step that
 * finds errors stops this file's pipeline and returns them, since later steps rely on
 * the shape earlier ones guarantee.
 */
export function compilePolicySource(source: string, identity: PolicyIdentity, options: CompileOptions = {}): CompileResult {
  try {
    const result = compileChecked(source, identity, options);
    return { ...result, diagnostics: capDiagnostics(result.diagnostics) };
  } catch (error) {
    // A fault of ours, never of the policy: one diagnostic naming the file, not a stack
    // trace, so every other file is still checked and reported.
    const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 200);
    return {
      diagnostics: [createDiagnostic("POLICY_CHECK_FAILED", { reason }, { file: identity.file, start: { line: 1, column: 1 } })],
      source,
    };
  }
}

function compileChecked(source: string, identity: PolicyIdentity, options: CompileOptions): CompileResult {
  const parsed = parsePolicyYaml(source, identity.file);
  if (parsed.diagnostics.length > 0) return { diagnostics: parsed.diagnostics, source };

  // A format-1 file would fail the format-2 schema in dozens of places; one clear message instead.
  const version = (parsed.data as { formatVersion?: unknown } | null)?.formatVersion;
  if (version === 1) {
    return {
      diagnostics: [createDiagnostic("POLICY_FORMAT_OUTDATED", { version: String(version) }, parsed.locate.path(["formatVersion"]))],
      source,
    };
  }

  const schemaDiagnostics = validatePolicySchema(parsed.data, parsed.locate);
  if (schemaDiagnostics.length > 0) return { diagnostics: schemaDiagnostics, source };

  const input = parsed.data as PolicyInput;
  const diagnostics = checkPolicySemantics(input, identity, parsed.locate, { today: options.today ?? todayIso() });
  if (diagnostics.some((d) => d.severity === "error")) return { diagnostics, source };
  return { policy: normalisePolicy(input, identity), diagnostics, source, locate: parsed.locate };
}

/**
 * Reads a policy file, but only a regular file and no further than the size limit: a
 * folder, a pipe (which would block for ever) or a device such as /dev/zero (which never
 * ends) is reported, not read.
 */
function readPolicyText(file: string): { text: string } | { reason: string } | { size: number } {
  let fd: number | undefined;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { reason: "it is not a regular file (a folder, a device or a pipe)" };
    if (stat.size > maxPolicyBytes) return { size: stat.size };
    fd = openSync(file, "r");
    // One byte more than the limit, so that an oversized file is still reported as such.
    const buffer = Buffer.alloc(Math.min(stat.size, maxPolicyBytes) + 1);
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    return { text: buffer.subarray(0, length).toString("utf8") };
  } catch (error) {
    return { reason: (error as NodeJS.ErrnoException).code ?? String(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function compilePolicyFile(file: string, options: CompileOptions = {}, previous?: CompileResult): CompileResult {
  const identity = identifyPolicyFile(file);
  const read = readPolicyText(file);
  // `npm run dev` recompiles the folder on every save: a file whose text is as it was
  // compiled last time (on the same day) gives the same result, so the result is reused.
  // Not a result with no text (a file too large or unreadable then, emptied since).
  if (previous && previous.source !== "" && "text" in read && read.text === previous.source) return previous;
  if ("size" in read) {
    const at = { file: identity.file, start: { line: 1, column: 1 } };
    return { diagnostics: [createDiagnostic("YAML_FILE_TOO_LARGE", { size: read.size, limit: maxPolicyBytes }, at)], source: "" };
  }
  if ("reason" in read) {
    return {
      diagnostics: [createDiagnostic("YAML_UNREADABLE", { reason: read.reason }, { file: identity.file, start: { line: 1, column: 1 } })],
      source: "",
    };
  }
  return compilePolicySource(read.text, identity, options);
}
