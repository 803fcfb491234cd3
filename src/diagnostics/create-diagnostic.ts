import { diagnosticCatalogue, type DiagnosticCode, type DiagnosticParamsOf } from "./diagnostic-catalogue.ts";
import type { Diagnostic, SourcePosition } from "./diagnostic.ts";

/** Any code's parameters, for code that passes them through without knowing the code. */
export type DiagnosticParams = Readonly<Record<string, string | number>>;

export interface DiagnosticLocation {
  readonly file: string;
  readonly start: SourcePosition;
  readonly end?: SourcePosition;
}

/** Fills a catalogue template; an unknown placeholder is an internal bug, so it throws. */
export function fillTemplate(template: string, params: DiagnosticParams): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`diagnostic template parameter {${name}} was not given`);
    return String(value);
  });
}

export function createDiagnostic<C extends DiagnosticCode>(
  code: C,
  params: DiagnosticParamsOf<C>,
  location: DiagnosticLocation,
): Diagnostic {
  const entry = diagnosticCatalogue[code];
  return {
    code,
    severity: entry.severity,
    message: fillTemplate(entry.message, params as DiagnosticParams),
    hint: fillTemplate(entry.hint, params as DiagnosticParams),
    file: location.file,
    start: location.start,
    end: location.end ?? location.start,
  };
}
