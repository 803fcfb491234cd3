/**
 * Turns form data into labelled lines, following the form schema's titles and option
 * titles, for the PDF record. Pure, so it is unit-tested.
 */
import { formatDayMonthYear } from "../dates/format-long-date.ts";

type Schema = {
  title?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  format?: string;
  readOnly?: boolean;
  oneOf?: { const?: unknown; title?: string }[];
};

export interface AnswerLine {
  readonly label: string;
  readonly value: string;
  /** The answer's data path ("child.name", "stages.0.dateRaised"); absent for what the form worked out itself. */
  readonly path?: string;
}

export interface AnswerSection {
  readonly heading: string;
  readonly lines: AnswerLine[];
}

function optionTitle(schema: Schema | undefined, value: unknown): string {
  return schema?.oneOf?.find((o) => o.const === value)?.title ?? String(value);
}

/** "2025-12-24" as "24 December 2025"; anything else (a half-typed date) as it is. */
function dateText(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.toISOString().slice(0, 10) !== value) return value;
  return formatDayMonthYear(date);
}

function valueText(schema: Schema | undefined, value: unknown): string {
  if (value === undefined || value === null || value === "") return "";
  if (schema?.format === "date" && typeof value === "string") return dateText(value);
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.map((v) => optionTitle(schema?.items, v)).join(", ");
  if (schema?.oneOf) return optionTitle(schema, value);
  return String(value);
}

/** Paths ("sideActions.refer-to-cafcass") the form is not showing: left out of the record. */
export type Hidden = (path: string) => boolean;

/**
 * What to say for an empty value that is not the user's to give (a respond-by date the
 * form works out), by path ("stages.0.respondBy"); undefined leaves it empty.
 */
export type EmptyText = (path: string) => string | undefined;

/** Lines to add after the answer at a path (how a worked-out date was counted); none by default. */
export type LinesAfter = (path: string) => AnswerLine[];

function linesOf(
  schema: Schema,
  data: Record<string, unknown>,
  prefix: string,
  path: string,
  hidden: Hidden,
  emptyText: EmptyText,
  after: LinesAfter,
): AnswerLine[] {
  const lines: AnswerLine[] = [];
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    if (hidden(`${path}.${key}`)) continue;
    const value = data[key];
    const label = prefix ? `${prefix}: ${child.title ?? key}` : (child.title ?? key);
    if (child.type === "object")
      lines.push(...linesOf(child, (value as Record<string, unknown>) ?? {}, label, `${path}.${key}`, hidden, emptyText, after));
    else
      lines.push(
        {
          label,
          value: valueText(child, value) || (emptyText(`${path}.${key}`) ?? ""),
          // A read-only field (a respond-by date) is the form's to work out, not an answer to change.
          ...(child.readOnly ? {} : { path: `${path}.${key}` }),
        },
        ...after(`${path}.${key}`),
      );
  }
  return lines;
}

export function describeAnswers(
  schema: Schema,
  data: Record<string, unknown>,
  hidden: Hidden = () => false,
  emptyText: EmptyText = () => undefined,
  after: LinesAfter = () => [],
): AnswerSection[] {
  const sections: AnswerSection[] = [];
  const other: AnswerLine[] = [];
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    if (hidden(key)) continue;
    const value = data[key];
    if (child.type === "array" && child.items?.type === "object") {
      const items = Array.isArray(value) ? value : [];
      const itemName = child.items.title ?? child.title ?? key;
      items.forEach((item, i) =>
        sections.push({
          heading: `${itemName} record ${i + 1}`,
          lines: linesOf(child.items!, (item as Record<string, unknown>) ?? {}, "", `${key}.${i}`, hidden, emptyText, after),
        }),
      );
      if (items.length === 0) sections.push({ heading: child.title ?? key, lines: [] });
    } else if (child.type === "object") {
      const lines = linesOf(child, (value as Record<string, unknown>) ?? {}, "", key, hidden, emptyText, after);
      if (lines.length > 0) sections.push({ heading: child.title ?? key, lines });
    } else {
      other.push({ label: child.title ?? key, value: valueText(child, value), path: key });
    }
  }
  if (other.length > 0) sections.push({ heading: "Other answers", lines: other });
  return sections;
}
