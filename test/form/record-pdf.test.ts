/**
 * The record's PDF as laid out: each answer on the same line as its question, to its
 * right, as on the printed page; a long answer carried on to the next page whole, under
 * the running head; a heading never left alone at the foot of a page.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { renderRecordPdf, type PdfSection } from "../../src/form/record-pdf.ts";

interface Placed {
  readonly page: number;
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

async function placedText(bytes: Uint8Array): Promise<Placed[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true, isEvalSupported: false }).promise;
  const placed: Placed[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    for (const item of (await (await doc.getPage(n)).getTextContent()).items)
      if ("str" in item && item.str.trim()) placed.push({ page: n, text: item.str, x: item.transform[4]!, y: item.transform[5]! });
  }
  await doc.destroy();
  return placed;
}

const render = (sections: readonly PdfSection[]) =>
  renderRecordPdf({
    title: "Escalation record: Test procedure",
    subtitle: "Testshire. Policy version 1 (revision 2024-01).",
    generated: new Date("2026-01-02T10:00:00Z"),
    generatedText: "2 January 2026 at 10:00",
    runningHead: "Escalation record: Test procedure: Sam Example, reference REF-9",
    sections,
  });

describe("renderRecordPdf", () => {
  it("puts each answer beside its question, in a column of its own", async () => {
    const placed = await placedText(
      await render([
        {
          heading: "About the child",
          lines: [
            { label: "Child's name", value: "Sam Example" },
            { label: "Case reference", value: "" },
          ],
        },
      ]),
    );
    const at = (text: string) => placed.find((p) => p.text === text)!;
    expect(at("Sam Example").y).toBe(at("Child's name").y);
    expect(at("Sam Example").x).toBeGreaterThan(at("Child's name").x + 100);
    // An empty answer says so, in the same column.
    expect(at("(not answered)").x).toBe(at("Sam Example").x);
    expect(at("(not answered)").y).toBeLessThan(at("Sam Example").y);
  });

  it("carries a long answer on to the next page whole, under the running head, and keeps a heading with its first answer", async () => {
    const long = Array.from({ length: 90 }, (_, i) => `Sentence ${i + 1} of the concern.`).join("\n");
    const filler = Array.from({ length: 24 }, (_, i) => ({ label: `Question ${i + 1}`, value: `Answer ${i + 1}` }));
    const placed = await placedText(
      await render([
        { heading: "The concern", lines: [{ label: "What the disagreement is about", value: long }] },
        { heading: "Filler", lines: filler },
        { heading: "Last section", lines: [{ label: "Final question", value: "Final answer" }] },
      ]),
    );
    const sentences = placed.filter((p) => /^Sentence \d+ of the concern\.$/.test(p.text));
    expect(sentences.map((p) => p.text)).toEqual(Array.from({ length: 90 }, (_, i) => `Sentence ${i + 1} of the concern.`));
    const pages = [...new Set(sentences.map((p) => p.page))];
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages.slice(1)) expect(placed.find((p) => p.page === page)?.text).toContain("Sam Example, reference REF-9");
    for (const heading of ["The concern", "Filler", "Last section"]) {
      const h = placed.find((p) => p.text === heading)!;
      const next = placed[placed.indexOf(h) + 1]!;
      expect(next.page, heading).toBe(h.page);
    }
  });
});
