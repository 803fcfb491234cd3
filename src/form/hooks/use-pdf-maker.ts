/**
 * The PDF maker (pdf-lib, the heaviest part of the form) is fetched once the form is
 * usable, when the browser is idle, not when "Download record (PDF)" is pressed: the page
 * then makes no request after it has loaded, and the PDF works offline.
 */
import { useEffect, useRef } from "react";

type PdfMaker = typeof import("../record-pdf.ts");

/** Returns the loader: the module fetched already, or fetched now if that failed before. */
export function usePdfMaker(ready: boolean): () => Promise<PdfMaker> {
  const pdfModule = useRef<Promise<PdfMaker> | null>(null);
  const load = () => {
    pdfModule.current = import("../record-pdf.ts");
    // A failed fetch is tried again when the button is pressed, and said then if it fails.
    pdfModule.current.catch(() => (pdfModule.current = null));
    return pdfModule.current;
  };
  useEffect(() => {
    if (!ready || pdfModule.current) return;
    const idle = window.requestIdleCallback?.(() => void load(), { timeout: 2000 });
    if (idle === undefined) setTimeout(load, 0);
    return () => {
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, [ready]);
  return () => pdfModule.current ?? load();
}
