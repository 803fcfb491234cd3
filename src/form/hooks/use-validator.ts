/**
 * The form's checks, compiled at build time into a module of their own (no ajv compiling
 * in the browser, which a strict CSP forbids): fetched once on load, with a message in
 * words if that fails.
 */
import type { RJSFSchema, ValidatorType } from "@rjsf/utils";
import createPrecompiledValidator from "@rjsf/validator-ajv8/lib/createPrecompiledValidator.js";
import { useEffect, useState } from "react";

export function useValidator(url: string, schema: RJSFSchema): { validator: ValidatorType | null; loadError: string | null } {
  const [validator, setValidator] = useState<ValidatorType | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    import(/* @vite-ignore */ url)
      .then((module: { default: Record<string, unknown> }) =>
        setValidator(createPrecompiledValidator(module.default as never, schema) as ValidatorType),
      )
      .catch(() => setLoadError("The form's checks could not be loaded. Reload the page to try again."));
  }, [url, schema]);
  return { validator, loadError };
}
