/**
 * Feeds mutated policies to the compiler (test/support/policy-mutations.ts). The property:
 * it never throws, and it either returns a policy with no errors or diagnostics with at
 * least one error, each with a position inside the file, printed without a control
 * character. With the hostile-input file, 20,000 inputs per run; `npm run fuzz` runs more.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import { assertWellBehaved, mutationKinds, runsPerKind } from "../support/policy-mutations.ts";

describe("compiler fuzzing: lines, characters and values (12,000 mutated inputs)", () => {
  it.each(["lineEdits", "garbageSplices", "wrongValues"] as const)("survives %s", (kind) => {
    fc.assert(
      fc.property(mutationKinds[kind], (source) => void assertWellBehaved(source)),
      { numRuns: runsPerKind },
    );
  });
});
