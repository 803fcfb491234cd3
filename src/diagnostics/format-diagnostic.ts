import { codeFrameColumns } from "@babel/code-frame";
import type { Diagnostic } from "./diagnostic.ts";

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
  return text.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g,
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
  return formatDiagnosticRaw(escaped, {
    ...options,
    ...(options.source !== undefined ? { source: escapeForTerminal(options.source) } : {}),
  });
}

function formatDiagnosticRaw(diagnostic: Diagnostic, options: FormatOptions): string {
  const { file, start, end, severity, code, message, hint } = diagnostic;
  const lines = [`${file}:${start.line}:${start.column} ${severity} ${code} ${message}`];
  if (options.source !== undefined) {
    // A multi-line range would frame a whole block; the start line is what the author needs.
    const endOnSameLine = end.line === start.line && end.column > start.column ? end : undefined;
    const frame = codeFrameColumns(
      options.source,
      { start, ...(endOnSameLine ? { end: endOnSameLine } : {}) },
      { highlightCode: options.colour ?? false, linesAbove: 2, linesBelow: 1 },
    );
    lines.push(frame);
  }
  lines.push(`  hint: ${hint}`);
  return lines.join("\n");
}

export function summariseDiagnostics(diagnostics: readonly Diagnostic[], fileCount: number): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(fileCount, "file")} checked: ${plural(errors, "error")}, ${plural(warnings, "warning")}.`;
}
