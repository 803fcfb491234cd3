import path from "node:path";
import { describe, expect, it } from "vitest";
import { compilePolicyFile } from "../../src/compiler/compile-policy.ts";
import { isStated, stagesOf } from "../../src/compiler/policy-model.ts";
import { expectGolden, fixedToday, fromRoot, realPolicyFiles, seedPolicyFiles } from "../helpers.ts";

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
        expect(isStated(policy.sources[0].title) && policy.sources[0].title.length).toBeGreaterThan(3);
        expect(policy.sources[0].owner).toBeDefined();
        expect(policy.sources[0].date).toBeDefined();
      });

      it("gives every stage whose outcomes the source shows a way out: not-resolved moves on except at the end", () => {
        for (const track of result.policy!.tracks) {
          for (const stage of stagesOf(track)) {
            if (!isStated(stage.outcomes)) continue;
            expect(stage.outcomes.length, stage.id).toBeGreaterThan(0);
            if (!stage.isLast)
              expect(
                stage.outcomes.some((o) => o.result === "not-resolved"),
                stage.id,
              ).toBe(true);
            if (isStated(stage.timescales)) {
              for (const t of stage.timescales)
                if (t.limit.kind === "counted" && isStated(t.limit.amount)) expect(t.limit.amount).toBeGreaterThan(0);
            }
          }
        }
      });
    });
  }
});

describe("real-procedure fixtures (../shared/real-procedures)", () => {
  it("encodes all six procedures", () => {
    const areas = new Set(realPolicyFiles().map((f) => path.basename(path.dirname(f))));
    expect([...areas].sort()).toEqual(["pan-sussex", "peterborough", "rotherham", "unnamed-la-alerts", "west-yorkshire", "wirral"]);
  });

  for (const file of realPolicyFiles()) {
    const name = path.relative(fromRoot("test/fixtures/real"), file);
    it(`${name} compiles with no errors to its golden model`, () => {
      const result = compilePolicyFile(file, { today: fixedToday });
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const model = { ...result.policy, file: path.relative(fromRoot(), file) };
      expectGolden(`real/${name.replace(/\.ya?ml$/, "")}.model.json`, `${JSON.stringify(model, null, 2)}\n`);
    });
  }
});
