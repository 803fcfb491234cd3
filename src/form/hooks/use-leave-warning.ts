/**
 * The browser's own "Leave site? Changes you made may not be saved" while there are
 * answers not downloaded: nothing is kept in the browser, so leaving loses them.
 */
import { useEffect } from "react";

export function useLeaveWarning(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);
}
