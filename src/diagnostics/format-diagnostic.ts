import { codeFrameColumns } from "@babel/code-frame";
import type { Diagnostic, SourcePosition } from "./diagnostic.ts";

export interface FormatOptions {
  /** The file's text, for the code frame; without it only the header and hint are printed. */
  readonly source?: string;
  readonly colour?: boolean;
}

/**
 * Control characters from a policy (an escape sequence that clears the screen or retitles
 * the terminal) are shown as `\u001b` and the like, never sent to the terminal as they are.
 * Tabs stay, so the code frame keeps its layout.
 */
export function escapeForTerminal(text: string): string {
  // Halves of a surrogate pair too: a terminal shows them as "?" and they are not text.
  return text.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** `file:line:col severity CODE message`, then a code frame and the hint, as `npm run check` and the build print it. */
export function formatDiagnostic(diagnostic: Diagnostic, options: FormatOptions = {}): string {
  // Escaped before the code frame is drawn, so its own colours (when asked for) still work.
  const escaped = {
    ...diagnostic,
    file: escapeForTerminal(diagnostic.file),
    message: escapeForTerminal(diagnostic.message),
    hint: escapeForTerminal(diagnostic.hint),
  };
  const { file, start, end, severity, code, message, hint } = escaped;
  const lines = [`${file}:${start.line}:${start.column} ${severity} ${code} ${message}`];
  if (options.source !== undefined) lines.push(codeFrame(options.source, start, end, options.colour ?? false));
  lines.push(`  hint: ${hint}`);
  return lines.join("\n");
}

const linesAbove = 2;
const linesBelow = 1;
/** The most of one line a frame shows: a minified or runaway line would fill the screen. */
const maxFrameWidth = 160;

/** The last file's lines: a file is split once however many of its diagnostics are printed. */
let splitCache: { source: string; lines: string[] } | undefined;

/**
 * The lines around the problem, with the start line's column marked. Only those lines are
 * escaped and handed to the code frame (numbered from where they start), so printing a
 * diagnostic costs the same in a 10-line file as in the largest one allowed.
 */
function codeFrame(source: string, start: SourcePosition, end: SourcePosition, colour: boolean): string {
  if (splitCache?.source !== source) splitCache = { source, lines: source.split(/\r?\n|\r/) };
  const all = splitCache.lines;
  const first = Math.max(1, start.line - linesAbove);
  const last = Math.min(all.length, start.line + linesBelow);
  // Long lines are cut to a window that keeps the marked column in view.
  const offset = start.column > maxFrameWidth ? start.column - Math.floor(maxFrameWidth / 2) : 0;
  const window = all.slice(first - 1, last).map((line, i) => {
    const from = first + i === start.line ? offset : 0;
    const cut = line.slice(from, from + maxFrameWidth);
    return escapeForTerminal(`${from > 0 ? "…" : ""}${cut}${line.length > from + maxFrameWidth ? "…" : ""}`);
  });
  const shift = offset > 0 ? offset - 1 : 0;
  const column = start.column - shift;
  // A multi-line range would frame a whole block; the start line is what the author needs.
  const endOnSameLine =
    end.line === start.line && end.column > start.column
      ? { line: end.line, column: Math.min(end.column - shift, maxFrameWidth + 2) }
      : undefined;
  // With `startLine`, code-frame takes the lines as numbered in the whole file.
  return codeFrameColumns(window.join("\n"), { start: { line: start.line, column }, ...(endOnSameLine ? { end: endOnSameLine } : {}) }, {
    highlightCode: colour,
    linesAbove,
    linesBelow,
    startLine: first,
  } as Parameters<typeof codeFrameColumns>[2]);
}

export function summariseDiagnostics(diagnostics: readonly Diagnostic[], fileCount: number): string {
  // A summary of unlisted ones counts for all it stands for.
  const total = (severity: string) => diagnostics.reduce((sum, d) => sum + (d.severity === severity ? (d.count ?? 1) : 0), 0);
  const errors = total("error");
  const warnings = total("warning");
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(fileCount, "file")} checked: ${plural(errors, "error")}, ${plural(warnings, "warning")}.`;
}
