import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from "yaml";
import type { DiagnosticLocation } from "../diagnostics/create-diagnostic.ts";

/** A path into the policy data, as ajv's instancePath segments: map keys and list indexes. */
export type DataPath = readonly (string | number)[];

/** Which part of a node a diagnostic should point at. */
export type LocateTarget = "value" | "key";

export interface SourceLocator {
  /** Location of a source range given as character offsets. */
  range(range: readonly number[] | undefined): DiagnosticLocation;
  /**
   * Location of the node at `path`: its value (a bad value), or its key (an unknown
   * property). Where the path leads nowhere, the deepest node that exists.
   */
  path(path: DataPath, target?: LocateTarget): DiagnosticLocation;
  withDocument(document: Document.Parsed): SourceLocator;
}

export function createSourceLocator(file: string, lineCounter: LineCounter, document?: Document.Parsed): SourceLocator {
  // Each map's pairs by key, built the first time the map is searched: a search per
  // diagnostic through a long map made reporting a file of many mistakes quadratic.
  const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair<unknown, unknown>>>();
  const pairOf = (map: YAMLMap, key: string) => {
    let pairs = pairsByKey.get(map);
    if (!pairs) {
      pairs = new Map();
      for (const item of map.items) {
        // The first of two equal keys, as the search found it before (a duplicate is an error of its own).
        if (isPair(item) && isScalar(item.key) && !pairs.has(String(item.key.value))) pairs.set(String(item.key.value), item);
      }
      pairsByKey.set(map, pairs);
    }
    return pairs.get(key);
  };
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    // Before anything is parsed the counter knows no lines; the file's start is 1:1.
    return { line: Math.max(1, line), column: Math.max(1, col) };
  };
  const range = (r: readonly number[] | undefined): DiagnosticLocation => {
    const start = r?.[0] ?? 0;
    const end = r?.[1] ?? start;
    return { file, start: position(start), end: position(end) };
  };

  return {
    range,
    path(path, target = "value") {
      if (!document) return range(undefined);
      let node: Node | null | undefined = document.contents;
      let keyNode: Node | undefined;
      let resolved = 0;
      for (const segment of path) {
        if (isAlias(node)) node = node.resolve(document);
        let next: { key?: Node; value: Node | null } | undefined;
        if (isMap(node)) {
          const pair = pairOf(node, String(segment));
          if (pair) next = { key: pair.key as Node, value: pair.value as Node | null };
        } else if (isSeq(node) && typeof segment === "number") {
          const item = node.items[segment] as Node | undefined;
          if (item) next = { value: item };
        }
        if (!next) break;
        keyNode = next.key;
        // `key:` with no value has a null value node; point at the key instead.
        if (next.value === null) return range(next.key?.range ?? undefined);
        node = next.value;
        resolved += 1;
      }
      if (target === "key" && keyNode && resolved === path.length) return range(keyNode.range ?? undefined);
      return range(node?.range ?? undefined);
    },
    withDocument(doc) {
      return createSourceLocator(file, lineCounter, doc);
    },
  };
}
