import type { DiagnosticCode, Severity } from "./diagnostic-catalogue.ts";

/** A position in a source file; line and column are one-based, as editors show them. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** One problem found in one file. Plain data, so it can be printed, tested or sent to a browser overlay. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly hint: string;
  readonly file: string;
  readonly start: SourcePosition;
  readonly end: SourcePosition;
  /** How many problems this one stands for, when it summarises others left unlisted (CHECK_MORE_LIKE_THIS). */
  readonly count?: number;
}
