import { isAlias, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";
import { listUpTo } from "../diagnostics/cap-diagnostics.ts";
import { createDiagnostic } from "../diagnostics/create-diagnostic.ts";
import type { DiagnosticCode, DiagnosticParamsOf } from "../diagnostics/diagnostic-catalogue.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { createSourceLocator, type SourceLocator } from "./source-locator.ts";

/**
 * Policies are a few hundred lines (the largest seen is 41 KB); anything far bigger is a
 * mistake or an attack. Twelve times the largest, and small enough that checking the
 * worst file under it (every line an error) stays under a second.
 */
export const maxPolicyBytes = 500_000;
/** Deeper than any policy needs, and far below where the YAML parser would run out of stack. */
export const maxNestingDepth = 64;
/** yaml's own guard against exponential alias expansion ("billion laughs"). */
export const maxAliasCount = 100;
/**
 * Limits far above any real policy (the largest seen: 21 keys in a map, 18 items in a
 * list, 609 characters of text) and far below what makes checking slow or its report
 * unreadable: a file that reaches one is not a policy written by hand.
 */
export const maxKeysPerMap = 200;
export const maxItemsPerList = 500;
export const maxTextLength = 10_000;

/**
 * Characters that cannot be published: control characters (other than tab and line
 * breaks), which make SVG and XML ill-formed and can drive a terminal; halves of a
 * surrogate pair, which are not text; and U+FFFE/U+FFFF, which XML forbids.
 */
const unpublishable =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

const forbiddenKeys = new Set(["__proto__", "constructor", "prototype"]);
/** The text from a position to the next colon or line end (at most 200 characters, as keys are short): the key a YAML error is about. */
const keyAt = /[^:\n]{0,200}/y;

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
  // Old Mac line endings (CR alone): read as line breaks, as editors show them, rather than one long line.
  if (source.includes("\r") && !source.includes("\n")) source = source.replace(/\r/g, "\n");
  if (source.trim() === "") {
    at("YAML_EMPTY", {});
    return { data: undefined, document: undefined, locate, diagnostics };
  }

  const tooDeep = findTooDeep(source);
  if (tooDeep !== undefined) {
    at("YAML_TOO_DEEP", { limit: maxNestingDepth }, [tooDeep, tooDeep + 1]);
    return { data: undefined, document: undefined, locate, diagnostics };
  }

  // Duplicate keys are found below, with a set per map: yaml's own check compares every
  // key with every other, which takes minutes for a map of 100,000 keys.
  // yaml makes an Error object for every problem; a broken file can have tens of thousands,
  // and capturing a stack trace for each was most of the time spent on one. None is thrown.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let document: Document.Parsed;
  try {
    document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  // Worded only for the problems listed: a broken file can have 100,000 of one kind.
  const { listed, summaries } = listUpTo(
    [...document.errors, ...document.warnings],
    (problem) => (problem.code === "MULTIPLE_DOCS" ? "YAML_MULTIPLE_DOCUMENTS" : (yamlCodeMap[problem.code] ?? "YAML_SYNTAX")),
    (problem) => locate.range(problem.pos),
  );
  diagnostics.push(...summaries);
  for (const problem of listed) {
    if (problem.code === "MULTIPLE_DOCS") {
      at("YAML_MULTIPLE_DOCUMENTS", {}, problem.pos);
      continue;
    }
    const code = yamlCodeMap[problem.code] ?? "YAML_SYNTAX";
    // yaml's messages end with a code excerpt when prettyErrors is on; it is off, so this is one line.
    const detail = problem.message.split("\n")[0] ?? problem.message;
    // yaml's messages name neither the tag nor the key, so read them from the source.
    const tag = (/Unresolved tag: (\S+)/.exec(detail)?.[1] ?? "?").replace("tag:yaml.org,2002:", "!!");
    // Read in place (a sticky pattern), not from a copy of the rest of the file: a file
    // with thousands of syntax errors made a 400 KB copy for each one.
    keyAt.lastIndex = problem.pos[0];
    const key = keyAt.exec(source)?.[0].trim() || "?";
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
    Map(_, map) {
      if (map.items.length > maxKeysPerMap) {
        at(
          "YAML_TOO_MANY_KEYS",
          { limit: maxKeysPerMap, count: map.items.length },
          (map.items[maxKeysPerMap]?.key as Node | undefined)?.range ?? map.range ?? undefined,
        );
        return visit.SKIP;
      }
      const keys = new Set<string>();
      for (const pair of map.items) {
        // `? [a, b]: c`: a list or map as a key. No policy has one, and turning nested ones
        // into text takes yaml time that grows steeply with their depth.
        if (pair.key !== null && !isScalar(pair.key) && !isAlias(pair.key)) {
          at("YAML_COMPLEX_KEY", {}, (pair.key as Node).range ?? undefined);
          continue;
        }
        if (!isScalar(pair.key) || typeof pair.key.value === "symbol") continue;
        const key = String(pair.key.value);
        if (keys.has(key)) at("YAML_DUPLICATE_KEY", { key }, pair.key.range ?? undefined);
        keys.add(key);
      }
      return undefined;
    },
    Seq(_, seq) {
      if (seq.items.length <= maxItemsPerList) return undefined;
      at(
        "YAML_TOO_MANY_ITEMS",
        { limit: maxItemsPerList, count: seq.items.length },
        (seq.items[maxItemsPerList] as Node).range ?? seq.range ?? undefined,
      );
      return visit.SKIP;
    },
    Scalar(_, scalar) {
      if (typeof scalar.value !== "string") return;
      if (scalar.value.length > maxTextLength)
        at("YAML_TEXT_TOO_LONG", { length: scalar.value.length, limit: maxTextLength }, scalar.range ?? undefined);
      const bad = unpublishable.exec(scalar.value)?.[0];
      if (bad !== undefined) at("YAML_UNPUBLISHABLE_CHARACTER", { character: describeCharacter(bad) }, scalar.range ?? undefined);
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && typeof pair.key.value !== "symbol" && forbiddenKeys.has(String(pair.key.value))) {
        at("YAML_PROTO_KEY", { key: String(pair.key.value) }, pair.key.range ?? undefined);
      }
      // YAML 1.1 merges (`%YAML 1.1` then `<<: *defaults`): refused rather than half supported.
      // yaml gives a merge key a symbol as its value; a plain `<<` key (YAML 1.2) is refused too.
      if (isScalar(pair.key) && (typeof pair.key.value === "symbol" || pair.key.value === "<<" || pair.key.source === "<<"))
        at("YAML_MERGE_KEY", {}, pair.key.range ?? undefined);
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

/** `U+001B (a control character)`: the code point, and what kind of character it is. */
export function describeCharacter(character: string): string {
  const code = character.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  if (code >= 0xd800 && code <= 0xdfff) return `${hex} (half of a pair that makes one character, without its other half)`;
  if (code === 0xfffe || code === 0xffff) return `${hex} (not a character)`;
  return `${hex} (a control character)`;
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

/**
 * The offset where nesting first goes deeper than the limit, by indentation (two spaces a
 * level, as policies are written; list dashes count as indentation) or by open brackets of
 * flow collections (`[[[[`), outside quotes and comments. Approximate by design: it only
 * has to stop input the parser would choke on, long before a real policy gets near it.
 */
export function findTooDeep(source: string): number | undefined {
  let offset = 0;
  let brackets = 0;
  for (const line of source.split("\n")) {
    const indent = /^[ -]*/.exec(line)![0].length;
    if (indent / 2 > maxNestingDepth) return offset;
    let quote: string | undefined;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quote) {
        if (c === "\\" && quote === '"') i++;
        else if (c === quote) quote = undefined;
      } else if ((c === '"' || c === "'") && (i === 0 || /[\s[{,]/.test(line[i - 1]!))) {
        // A quote opens a quoted value only where a value can start: `it's` and `[a', …`
        // are plain text, and taking them for quotes hid the brackets after them.
        quote = c;
      } else if (c === "#" && (i === 0 || /\s/.test(line[i - 1]!))) break;
      else if (c === "[" || c === "{") {
        if (++brackets > maxNestingDepth) return offset + i;
      } else if ((c === "]" || c === "}") && brackets > 0) brackets--;
    }
    offset += line.length + 1;
  }
  return undefined;
}
