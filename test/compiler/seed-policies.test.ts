import path from "node:path";
import { describe, expect, it } from "vitest";
import { compilePolicyFile } from "../../src/compiler/compile-policy.ts";
import { isStated } from "../../src/compiler/policy-model.ts";
import { expectGolden, fixedToday, fromRoot, seedPolicyFiles } from "../helpers.ts";

const seeds = seedPolicyFiles();

describe("seed policies", () => {
  it("ships the five source procedures of ../shared/seeds", () => {
    const areas = new Set(seeds.map((f) => path.basename(path.dirname(f))));
    for (const area of ["sandwell", "solihull", "slough", "liquid-logic-authority", "lscb-chapter-2-3"]) expect(areas).toContain(area);
  });

  for (const file of seeds) {
    const name = path.relative(fromRoot("policies"), file);
    describe(name, () => {
      const result = compilePolicyFile(file, { today: fixedToday });

      it("compiles with no errors", () => {
        expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        expect(result.policy).toBeDefined();
      });

      it("normalises to the golden model", () => {
        // The file path depends on where the tests run from; the golden file should not.
        const model = { ...result.policy, file: path.relative(fromRoot(), file) };
        expectGolden(`policies/${name.replace(/\.ya?ml$/, "")}.model.json`, `${JSON.stringify(model, null, 2)}\n`);
      });

      it("records its source document", () => {
        const policy = result.policy!;
        expect(policy.source.title.length).toBeGreaterThan(3);
        expect(policy.source.owner).toBeDefined();
        expect(policy.source.date).toBeDefined();
      });

      it("gives every stage a way out: resolved ends or moves on, not-resolved moves on except at the end", () => {
        for (const track of result.policy!.tracks) {
          for (const stage of track.stages) {
            expect(stage.outcomes.length, stage.id).toBeGreaterThan(0);
            if (!stage.isLast)
              expect(
                stage.outcomes.some((o) => o.result === "not-resolved"),
                stage.id,
              ).toBe(true);
            if (isStated(stage.timescales)) {
              for (const t of stage.timescales) if (t.unit !== "same-day" && t.unit !== "immediately") expect(t.amount).toBeGreaterThan(0);
            }
          }
        }
      });
    });
  }
});
