/**
 * The filled record as a real PDF, made in the browser with pdf-lib (loaded only when
 * the user asks for it). Plain A4 text with every answer, the due dates, the policy's
 * title, area and revision, and when it was generated.
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
  readonly generatedAt: string;
  readonly sections: readonly PdfSection[];
}

const A4: [number, number] = [595.28, 841.89];
const margin = 50;

/** WinAnsi (the standard fonts' encoding) cannot draw every character; replace what it cannot. */
function printable(text: string, font: PDFFont): string {
  let out = "";
  for (const char of text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\u2192/g, "->")) {
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
  doc.setCreationDate(new Date(record.generatedAt));
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - margin;
  const width = A4[0] - margin * 2;
  const write = (text: string, font: PDFFont, size: number, gap = 4) => {
    for (const line of wrap(printable(text, font), font, size, width)) {
      if (y < margin + size) {
        page = doc.addPage(A4);
        y = A4[1] - margin;
      }
      page.drawText(line, { x: margin, y, size, font, color: rgb(0.04, 0.05, 0.05) });
      y -= size + gap;
    }
  };
  write(record.title, bold, 16, 6);
  write(record.subtitle, regular, 10);
  write(`Generated ${record.generatedAt}`, regular, 9, 12);
  for (const section of record.sections) {
    y -= 6;
    write(section.heading, bold, 12, 6);
    for (const line of section.lines) {
      write(line.label, bold, 9, 2);
      write(line.value || "(not answered)", regular, 10, 6);
    }
  }
  return doc.save();
}
