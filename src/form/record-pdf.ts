/**
 * The filled record as a real PDF, made in the browser with pdf-lib (loaded once the form
 * is ready, so the button works offline). Plain A4 text with every answer, the due dates,
 * the policy's title, area and revision, and when it was generated; every page after the
 * first names the record it belongs to, and every page is numbered. Each answer is a row of
 * two columns, question and answer, as on the printed page. Title, subject,
 * language and dates are set in the document's properties. pdf-lib cannot write a tagged
 * (structured) PDF, so a screen reader reads the text in drawing order, which is the
 * reading order: each question, then its answer, top to bottom.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";

export interface PdfLine {
  readonly label: string;
  readonly value: string;
}

export interface PdfSection {
  readonly heading: string;
  readonly lines: readonly PdfLine[];
}

export interface PdfRecord {
  readonly title: string;
  readonly subtitle: string;
  /** When it was made: the document's creation date. */
  readonly generated: Date;
  /** The same moment in words, as printed on the first page. */
  readonly generatedText: string;
  /** Which record a page belongs to, at the top of every page after the first: the child's name and reference. */
  readonly runningHead: string;
  readonly sections: readonly PdfSection[];
}

/** "Sam Example, reference AB-123": the running head of every page after the first. */
export function recordRunningHead(title: string, name: string | undefined, reference: string | undefined): string {
  const who = name?.trim() ? name.trim() : "name not given";
  const ref = reference?.trim() ? `reference ${reference.trim()}` : "no reference given";
  return `${title}: ${who}, ${ref}`;
}

const A4: [number, number] = [595.28, 841.89];
const margin = 50;

/** WinAnsi (the standard fonts' encoding) cannot draw every character; replace what it cannot, keeping line breaks. */
function printable(text: string, font: PDFFont): string {
  let out = "";
  for (const char of text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\u2192/g, "->")) {
    // A line break is kept for wrap() to start a new line at; the font cannot encode it.
    if (char === "\n") {
      out += char;
      continue;
    }
    try {
      font.encodeText(char);
      out += char;
    } catch {
      out += "?";
    }
  }
  return out;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) > width && line) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

export async function renderRecordPdf(record: PdfRecord): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(record.title);
  doc.setSubject(record.subtitle);
  doc.setProducer("escalation-kit");
  doc.setCreationDate(record.generated);
  doc.setModificationDate(record.generated);
  doc.setLanguage("en-GB");
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - margin;
  const width = A4[0] - margin * 2;
  const ink = rgb(0.04, 0.05, 0.05);
  const rule = rgb(0.69, 0.71, 0.72);
  const headSize = 9;
  const newPage = () => {
    page = doc.addPage(A4);
    y = A4[1] - margin;
    // On every later page: whose record this is, so a loose page can be put back.
    for (const head of wrap(printable(record.runningHead, regular), regular, headSize, width)) {
      page.drawText(head, { x: margin, y, size: headSize, font: regular, color: ink });
      y -= headSize + 2;
    }
    y -= 10;
  };
  const write = (text: string, font: PDFFont, size: number, gap = 4) => {
    for (const line of wrap(printable(text, font), font, size, width)) {
      if (y < margin + size) newPage();
      page.drawText(line, { x: margin, y, size, font, color: ink });
      y -= size + gap;
    }
  };
  // Each answer is a row of two columns, as on the printed page: the question on the
  // left, the answer on the right, a rule under each row.
  const keyWidth = width * 0.36;
  const valueX = margin + keyWidth + 12;
  const valueWidth = width - keyWidth - 12;
  const size = 10;
  const leading = 13;
  const rowPad = 5;
  const rowLines = (line: PdfLine) => ({
    label: wrap(printable(line.label, bold), bold, size, keyWidth),
    value: wrap(printable(line.value || "(not answered)", regular), regular, size, valueWidth),
  });
  const rowHeight = (row: ReturnType<typeof rowLines>) => Math.max(row.label.length, row.value.length) * leading + rowPad * 2;
  const room = () => y - margin;
  const pageRoom = A4[1] - margin * 2 - 40;
  const drawRow = (row: ReturnType<typeof rowLines>) => {
    // A row that fits on a page is not split; a longer one carries on at the top of the next.
    if (rowHeight(row) > room() && rowHeight(row) <= pageRoom) newPage();
    let from = 0;
    const total = Math.max(row.label.length, row.value.length);
    while (from < total) {
      const fits = Math.max(1, Math.floor((room() - rowPad * 2) / leading));
      const to = Math.min(total, from + fits);
      const top = y - rowPad - size;
      // The question is drawn before its answer, so text read in drawing order keeps them together.
      row.label
        .slice(from, to)
        .forEach((text, i) => page.drawText(text, { x: margin, y: top - i * leading, size, font: bold, color: ink }));
      row.value
        .slice(from, to)
        .forEach((text, i) => page.drawText(text, { x: valueX, y: top - i * leading, size, font: regular, color: ink }));
      y -= (to - from) * leading + rowPad * 2;
      page.drawLine({ start: { x: margin, y: y + 2 }, end: { x: margin + width, y: y + 2 }, thickness: 0.5, color: rule });
      from = to;
      if (from < total) newPage();
    }
  };
  write(record.title, bold, 16, 6);
  write(record.subtitle, regular, 10);
  write(`Generated ${record.generatedText}`, regular, 9, 12);
  for (const section of record.sections) {
    const rows = section.lines.map(rowLines);
    // A heading is kept with its first answer.
    if (room() < 30 + (rows[0] ? Math.min(rowHeight(rows[0]), pageRoom) : 0)) newPage();
    // Written from its baseline: room above it for its own height, clear of the rule above.
    y -= 18;
    write(section.heading, bold, 12, 2);
    for (const row of rows) drawRow(row);
  }
  // Numbered once every page exists: "Page 2 of 3", in the bottom margin.
  const pages = doc.getPages();
  pages.forEach((p, i) => {
    const text = `Page ${i + 1} of ${pages.length}`;
    p.drawText(text, {
      x: A4[0] - margin - regular.widthOfTextAtSize(text, headSize),
      y: margin / 2,
      size: headSize,
      font: regular,
      color: ink,
    });
  });
  return doc.save();
}
