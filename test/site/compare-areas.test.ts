/**
 * The comparison's rows say why a fact is missing as the policy does: not stated in the
 * procedure, or in a part of the source not available to us. Run on real policies.
 */
import { describe, expect, it } from "vitest";
import { compilePolicyFile } from "../../src/compiler/compile-policy.ts";
import { compareRows } from "../../src/site/compare-areas.ts";
import { fixedToday, fromRoot } from "../helpers.ts";

const rowsOf = (file: string) => compareRows(compilePolicyFile(fromRoot(file), { today: fixedToday }).policy!);

describe("compareRows", () => {
  it("says a last stage's recipient was not seen where the source's part was not available (Solihull)", () => {
    const [row] = rowsOf("policies/solihull/2017-04.yaml");
    expect(row!.finalReaches).toBeUndefined();
    expect(row!.finalAbsent).toBe("not-seen");
  });

  it("says each stage's timescale was not seen, or not stated, as the policy does", () => {
    const steps = rowsOf("test/fixtures/real/west-yorkshire/2019-12.yaml")[0]!.timescales;
    expect(steps.find((t) => t.stage === "Step 1")).toEqual({ stage: "Step 1", absent: "not-seen" });
    const informal = rowsOf("policies/slough/undated.yaml")[0]!.timescales.find((t) => t.stage === "Informal stage");
    expect(informal).toEqual({ stage: "Informal stage", absent: "not-stated" });
  });

  it("gives one row per procedure, and no recipient absence where the last stage names one", () => {
    const rows = rowsOf("policies/slough/undated.yaml");
    expect(rows.map((r) => r.trackOf)).toEqual([
      { position: 1, count: 2 },
      { position: 2, count: 2 },
    ]);
    expect(rows[0]!.finalReaches).toBeDefined();
    expect(rows[0]!.finalAbsent).toBeUndefined();
  });
});
