/**
 * Turns form data into labelled lines, following the form schema's titles and option
 * titles, for the PDF record. Pure, so it is unit-tested.
 */
type Schema = {
  title?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: { const?: unknown; title?: string }[];
};

export interface AnswerLine {
  readonly label: string;
  readonly value: string;
}

export interface AnswerSection {
  readonly heading: string;
  readonly lines: AnswerLine[];
}

function optionTitle(schema: Schema | undefined, value: unknown): string {
  return schema?.oneOf?.find((o) => o.const === value)?.title ?? String(value);
}

function valueText(schema: Schema | undefined, value: unknown): string {
  if (value === undefined || value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.map((v) => optionTitle(schema?.items, v)).join(", ");
  if (schema?.oneOf) return optionTitle(schema, value);
  return String(value);
}

function linesOf(schema: Schema, data: Record<string, unknown>, prefix: string): AnswerLine[] {
  const lines: AnswerLine[] = [];
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const value = data[key];
    const label = prefix ? `${prefix}: ${child.title ?? key}` : (child.title ?? key);
    if (child.type === "object") lines.push(...linesOf(child, (value as Record<string, unknown>) ?? {}, label));
    else lines.push({ label, value: valueText(child, value) });
  }
  return lines;
}

export function describeAnswers(schema: Schema, data: Record<string, unknown>): AnswerSection[] {
  const sections: AnswerSection[] = [];
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const value = data[key];
    if (child.type === "array" && child.items?.type === "object") {
      const items = Array.isArray(value) ? value : [];
      items.forEach((item, i) => sections.push({ heading: `${child.title ?? key} ${i + 1}`, lines: linesOf(child.items!, (item as Record<string, unknown>) ?? {}, "") }));
      if (items.length === 0) sections.push({ heading: child.title ?? key, lines: [] });
    } else if (child.type === "object") {
      sections.push({ heading: child.title ?? key, lines: linesOf(child, (value as Record<string, unknown>) ?? {}, "") });
    } else {
      sections.push({ heading: child.title ?? key, lines: [{ label: child.title ?? key, value: valueText(child, value) }] });
    }
  }
  return sections;
}
