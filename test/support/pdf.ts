import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfSummary {
  readonly pages: number;
  /** Width and height of the first page, in points. */
  readonly firstPageSize: readonly [number, number];
  readonly text: string;
  /** Each page's text, in order. */
  readonly pageTexts: readonly string[];
  /** The document's properties as pdf.js reads them: Title, Subject, Language, CreationDate… */
  readonly info: Readonly<Record<string, unknown>>;
}

/** Reads a PDF with pdf.js: its page count, first page size, its text page by page and its properties. */
export async function readPdf(data: Uint8Array): Promise<PdfSummary> {
  // pdf.js refuses Node Buffers; copy into a plain Uint8Array.
  const doc = await getDocument({ data: new Uint8Array(data), useSystemFonts: true, isEvalSupported: false }).promise;
  const first = await doc.getPage(1);
  const [, , width, height] = first.view;
  const pageTexts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pageTexts.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  const info = (await doc.getMetadata()).info as Record<string, unknown>;
  await doc.destroy();
  return {
    pages: doc.numPages,
    firstPageSize: [Math.round(width!), Math.round(height!)],
    text: pageTexts.map((t) => `${t}\n`).join(""),
    pageTexts,
    info,
  };
}
