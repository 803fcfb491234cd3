/**
 * Stands in for markdown-to-jsx, which rjsf imports for Markdown descriptions. Policy
 * text is plain text, so this renders it as text; dropping the parser saves ~30 KB gzip
 * on the form page (see README).
 */
import type { ReactNode } from "react";

export function Markdown({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

export default Markdown;
