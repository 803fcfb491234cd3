/**
 * What is generated from one compiled policy, made once per policy per build process:
 * its flowchart and its form. Astro loads our modules twice in one build (for the
 * integration, and bundled for the pages), so a memo held in a module would be made twice;
 * these live on globalThis, under keys of their own, and both copies share them. Keyed by
 * the policy object, not its id: `npm run dev` recompiles an edited file into a new
 * object, and the old artifacts must not be served for it.
 */
import type { Policy } from "../compiler/policy-model.ts";
import { generateFlowchart, type Flowchart } from "../generators/generate-flowchart.ts";
import { generateFormSchema, type FormDefinition } from "../generators/generate-form-schema.ts";

const memoKeys: symbol[] = [];

function perPolicy<V>(name: string, make: (policy: Policy) => V): (policy: Policy) => V {
  const key = Symbol.for(`escalation-kit.${name}`);
  memoKeys.push(key);
  const store = globalThis as { [key]?: WeakMap<Policy, V> };
  return (policy) => {
    const memo = (store[key] ??= new WeakMap());
    let value = memo.get(policy);
    if (value === undefined) {
      value = make(policy);
      memo.set(policy, value);
    }
    return value;
  };
}

export const getFlowchart: (policy: Policy) => Flowchart = perPolicy("flowchart", generateFlowchart);
export const getForm: (policy: Policy) => FormDefinition = perPolicy("form", generateFormSchema);

/**
 * Forgets every flowchart and form made: `npm run dev` calls it when our source changes,
 * since an unchanged policy keeps its object and would be served what the old code made.
 */
export function clearPolicyArtifacts(): void {
  const store = globalThis as Record<symbol, unknown>;
  for (const key of memoKeys) delete store[key];
}
