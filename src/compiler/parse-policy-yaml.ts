import { isScalar, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";
import { createDiagnostic } from "../diagnostics/create-diagnostic.ts";
import type { DiagnosticCode, DiagnosticParamsOf } from "../diagnostics/diagnostic-catalogue.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { createSourceLocator, type SourceLocator } from "./source-locator.ts";

/** Policies are a few hundred lines; anything far bigger is a mistake or an attack. */
export const maxPolicyBytes = 1_000_000;
/** yaml's own guard against exponential alias expansion ("billion laughs"). */
export const maxAliasCount = 100;

const forbiddenKeys = new Set(["__proto__", "constructor", "prototype"]);

export interface ParsedPolicyYaml {
  /** The plain data, or undefined when the YAML could not be read safely. */
  readonly data: unknown;
  readonly document: Document.Parsed | undefined;
  readonly locate: SourceLocator;
  readonly diagnostics: Diagnostic[];
}

/** yaml's error codes that have a code of their own here; the rest are YAML_SYNTAX. */
const yamlCodeMap: Partial<Record<string, "YAML_DUPLICATE_KEY" | "YAML_UNKNOWN_TAG">> = {
  DUPLICATE_KEY: "YAML_DUPLICATE_KEY",
  TAG_RESOLVE_FAILED: "YAML_UNKNOWN_TAG",
};

export function parsePolicyYaml(source: string, file: string): ParsedPolicyYaml {
  const lineCounter = new LineCounter();
  const locate = createSourceLocator(file, lineCounter);
  const diagnostics: Diagnostic[] = [];
  const at = <C extends DiagnosticCode>(code: C, params: DiagnosticParamsOf<C>, range: readonly number[] = [0, 0]) =>
    diagnostics.push(createDiagnostic(code, params, locate.range(range)));

  if (source.length > maxPolicyBytes) {
    at("YAML_FILE_TOO_LARGE", { size: source.length, limit: maxPolicyBytes });
    return { data: undefined, document: undefined, locate, diagnostics };
  }
  if (source.trim() === "") {
    at("YAML_EMPTY", {});
    return { data: undefined, document: undefined, locate, diagnostics };
  }

  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  for (const problem of [...document.errors, ...document.warnings]) {
    if (problem.code === "MULTIPLE_DOCS") {
      at("YAML_MULTIPLE_DOCUMENTS", {}, problem.pos);
      continue;
    }
    const code = yamlCodeMap[problem.code] ?? "YAML_SYNTAX";
    // yaml's messages end with a code excerpt when prettyErrors is on; it is off, so this is one line.
    const detail = problem.message.split("\n")[0] ?? problem.message;
    // yaml's messages name neither the tag nor the key, so read them from the source.
    const tag = (/Unresolved tag: (\S+)/.exec(detail)?.[1] ?? "?").replace("tag:yaml.org,2002:", "!!");
    const key = /^[^:\n]*/.exec(source.slice(problem.pos[0]))?.[0].trim() || "?";
    // yaml reports a quote left open where the file ends; the author needs where it opens.
    const quote = /Missing closing (["'])quote/.exec(detail)?.[1] as '"' | "'" | undefined;
    const opened = quote ? findUnclosedQuote(source, quote) : undefined;
    at(code, { detail, tag, key }, opened !== undefined ? [opened, opened + 1] : problem.pos);
  }
  if (diagnostics.length > 0) return { data: undefined, document, locate, diagnostics };
  if (document.contents === null) {
    at("YAML_EMPTY", {});
    return { data: undefined, document, locate, diagnostics };
  }

  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && forbiddenKeys.has(String(pair.key.value))) {
        at("YAML_PROTO_KEY", { key: String(pair.key.value) }, pair.key.range ?? undefined);
      }
    },
  });
  if (diagnostics.length > 0) return { data: undefined, document, locate, diagnostics };

  try {
    const data: unknown = document.toJS({ maxAliasCount });
    return { data, document, locate: locate.withDocument(document), diagnostics };
  } catch (error) {
    // yaml throws a ReferenceError for excessive aliasing; anything else is a bug of ours.
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      const firstAlias = findFirstAlias(document.contents);
      at("YAML_ALIAS_LIMIT", { limit: maxAliasCount }, firstAlias?.range ?? undefined);
      return { data: undefined, document, locate, diagnostics };
    }
    throw error;
  }
}

function findFirstAlias(node: Node | null): Node | undefined {
  let found: Node | undefined;
  visit(node ?? ({} as Node), {
    Alias(_, alias) {
      found = alias;
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * The offset of the quote that opens a quoted value and is never closed, following the
 * file line by line: a value may go on over several lines before its closing quote.
 */
export function findUnclosedQuote(source: string, quote: '"' | "'"): number | undefined {
  const opening = new RegExp(`^(\\s*(?:- +)?(?:[^\\s#'"-][^#]*?: +)?)${quote}`);
  /** Where the quote opened at `from` closes on this line, or -1. */
  const closes = (line: string, from: number): number => {
    for (let i = from; i < line.length; i++) {
      if (quote === '"' && line[i] === "\\") i++;
      else if (line[i] === quote) {
        if (quote === "'" && line[i + 1] === "'") i++;
        else return i;
      }
    }
    return -1;
  };
  let offset = 0;
  let open: number | undefined;
  for (const line of source.split("\n")) {
    if (open !== undefined) {
      if (closes(line, 0) >= 0) open = undefined;
    } else {
      const match = opening.exec(line);
      if (match && closes(line, match[0].length) < 0) open = offset + match[1]!.length;
    }
    offset += line.length + 1;
  }
  return open;
}
