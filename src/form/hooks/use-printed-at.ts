/**
 * When the record was printed, for its printed heading. Set as printing starts (not while
 * rendering, which would differ from the page the server drew), with flushSync so it is
 * on the page before the page is laid out for paper.
 */
import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

export function usePrintedAt(): string {
  const [printedAt, setPrintedAt] = useState("");
  useEffect(() => {
    const stamp = () => flushSync(() => setPrintedAt(new Date().toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short" })));
    window.addEventListener("beforeprint", stamp);
    return () => window.removeEventListener("beforeprint", stamp);
  }, []);
  return printedAt;
}
