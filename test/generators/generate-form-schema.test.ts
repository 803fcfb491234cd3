import path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { compile } from "json-schema-to-typescript";
import ts from "typescript";
import { generateFormType } from "../../src/generators/generate-form-type.ts";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { compilePolicyFile, compilePolicySource } from "../../src/compiler/compile-policy.ts";
import { allStages } from "../../src/generators/describe-policy.ts";
import { describeStageGuide, generateFormSchema } from "../../src/generators/generate-form-schema.ts";
import { expectGolden, fixedToday, fromRoot, goldenPolicyFiles, seedPolicyFiles } from "../helpers.ts";
import { generateFormRuntime } from "../../src/generators/generate-form-runtime.ts";

const compilePolicy = (file: string) => compilePolicyFile(file, { today: fixedToday }).policy!;
const seed = (area: string) => compilePolicy(seedPolicyFiles().find((f) => f.includes(`/${area}/`))!);

function validatorFor(schema: object) {
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

const filled = (stage: string) => ({
  child: { name: "A child", status: ["looked-after"] },
  concern: { description: "Drift in the care plan", outcomeSought: "A permanence plan" },
  people: { raiser: { name: "R", role: "other" }, recipient: { name: "S", role: "other" } },
  stages: [{ stage, dateRaised: "2024-03-04" }],
});

describe("generateFormSchema and generateFormRuntime on the seed policies and the real-procedure fixtures", () => {
  for (const { file, golden: name } of goldenPolicyFiles()) {
    it(`${name}: schema, uiSchema and runtime match their golden files, and the schema is valid draft-07 that ajv compiles strictly`, async () => {
      const policy = compilePolicy(file);
      const { schema, uiSchema } = generateFormSchema(policy);
      expectGolden(`${name}.form.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
      expectGolden(`${name}.form.ui.json`, `${JSON.stringify(uiSchema, null, 2)}\n`);
      expectGolden(`${name}.form.runtime.json`, `${JSON.stringify(generateFormRuntime(policy), null, 2)}\n`);
      const ajv = new Ajv({ strict: true });
      addFormats(ajv);
      expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
      expect(() => validatorFor(schema)).not.toThrow();
      // json-schema-to-typescript turns it into the published form data type.
      expect(await compile({ ...schema, title: "EscalationRecord" } as never, "EscalationRecord", { bannerComment: "" })).toContain(
        "export interface EscalationRecord {",
      );
    });
  }
});

describe("what the form asks, from the policy", () => {
  it("offers the policy's own stages, roles and categories", () => {
    const { schema } = generateFormSchema(seed("slough"));
    const text = JSON.stringify(schema);
    expect(text).toContain('"const":"stage-1"');
    expect(text).toContain("Assistant Team Manager (ATM)");
    expect(text).toContain("Issues or concerns the escalation process raises: The child's care plan".replace("'", "’"));
  });

  it("accepts a filled record and rejects one with no stage", () => {
    const validate = validatorFor(generateFormSchema(seed("solihull")).schema);
    expect(validate(filled("stage-1"))).toBe(true);
    expect(validate({ ...filled("stage-1"), stages: [] })).toBe(false);
    expect(validate(filled("stage-9"))).toBe(false);
  });

  it("requires the reasons when a stage bypasses earlier ones (Slough's bypass route)", () => {
    const validate = validatorFor(generateFormSchema(seed("slough")).schema);
    const record = filled("stage-3");
    expect(validate({ ...record, stages: [{ ...record.stages[0], bypass: true }] })).toBe(false);
    expect(validate.errors?.some((e) => e.params && "missingProperty" in e.params && e.params.missingProperty === "bypassReasons")).toBe(
      true,
    );
    expect(
      validate({ ...record, stages: [{ ...record.stages[0], bypass: true, bypassReasons: "Urgent senior intervention needed" }] }),
    ).toBe(true);
    expect(generateFormSchema(seed("solihull")).schema.properties).not.toHaveProperty("stages.items.properties.bypass");
  });

  it("asks about imminent significant harm only where the policy has an emergency route", () => {
    const withRoute = generateFormSchema(seed("solihull")).schema as { properties: { child: { properties: object } } };
    const without = generateFormSchema(seed("slough")).schema as { properties: { child: { properties: object } } };
    expect(withRoute.properties.child.properties).toHaveProperty("imminentSignificantHarm");
    expect(without.properties.child.properties).not.toHaveProperty("imminentSignificantHarm");
  });

  it("asks about an emergency route in its own words when its condition is not imminent harm, and not at all with neither", () => {
    const minimal = readFileSync(fromRoot("test/fixtures/valid/minimal/2024-01.yaml"), "utf8");
    const withRoute = (route: string) =>
      compilePolicySource(
        `${minimal}routes:\n${route}`,
        { areaId: "testshire", revisionId: "2024-01", file: "x.yaml" },
        { today: fixedToday },
      ).policy!;
    const worded = withRoute(
      "  - id: urgent\n    kind: emergency\n    title: Urgent route\n    when: The child is at risk today.\n    raisedBy: not stated\n    record: not stated\n",
    );
    const child = (policy: Parameters<typeof generateFormSchema>[0]) =>
      (generateFormSchema(policy).schema as { properties: { child: { properties: Record<string, { title: string }> } } }).properties.child
        .properties;
    expect(Object.keys(child(worded))).toContain("urgentRoute");
    expect(child(worded).urgentRoute!.title).toBe("Does this describe the concern now? The child is at risk today.");
    expect(Object.keys(child(worded))).not.toContain("imminentSignificantHarm");
    const silent = withRoute(
      "  - id: urgent\n    kind: emergency\n    title: Urgent route\n    when: not stated\n    raisedBy: not stated\n    record: not stated\n",
    );
    expect(Object.keys(child(silent))).not.toContain("urgentRoute");
    expect(Object.keys(child(silent))).not.toContain("imminentSignificantHarm");
  });

  it("shows each side action with the address the policy gives", () => {
    const schema = generateFormSchema(seed("solihull")).schema as {
      properties: { sideActions: { properties: Record<string, { description: string }> } };
    };
    expect(schema.properties.sideActions.properties["notify-iro"]!.description).toContain("CPRU@solihull.gov.uk");
  });

  it("asks whose bank holidays apply only when the policy does not state its jurisdiction", () => {
    expect(generateFormSchema(seed("lscb-chapter-2-3")).schema.properties).toHaveProperty("bankHolidays");
    expect(generateFormSchema(seed("solihull")).schema.properties).not.toHaveProperty("bankHolidays");
  });

  it("guides a stage with who raises it and who receives it on lines of their own, saying why when the policy does not", () => {
    const text = readFileSync(fromRoot("test/fixtures/valid/minimal/2024-01.yaml"), "utf8").replace("to: [line-manager]", "to: not seen");
    const policy = compilePolicySource(text, { areaId: "testshire", revisionId: "2024-01", file: "x.yaml" }, { today: fixedToday }).policy!;
    const guide = describeStageGuide(policy, allStages(policy)[0]!);
    expect(guide.slice(0, 2)).toEqual(["Raised by: Practitioner.", "Raised with: not available to us: see the original."]);
    expect(guide.join(" ")).not.toMatch(/with not stated/);
  });

  it("asks how to count days the policy does not call working or calendar days, and only then", () => {
    const text = readFileSync(fromRoot("test/fixtures/valid/minimal/2024-01.yaml"), "utf8").replace("unit: working-days", "unit: days");
    const policy = compilePolicySource(text, { areaId: "testshire", revisionId: "2024-01", file: "x.yaml" }, { today: fixedToday }).policy!;
    expect(generateFormSchema(policy).schema.properties).toHaveProperty("daysCount");
    expect(generateFormSchema(seed("solihull")).schema.properties).not.toHaveProperty("daysCount");
  });

  it("lets the stage be written in words when the policy's stages were not seen", () => {
    const form = generateFormSchema(seed("sandwell"));
    const stage = (form.schema.properties as any).stages.items.properties.stage as Record<string, unknown>;
    expect(stage.type).toBe("string");
    expect(stage).not.toHaveProperty("oneOf");
    expect(String(stage.description)).toContain("not available to us");
  });
});

describe("generateFormType", () => {
  it("keeps a policy title that holds `*/` inside the banner comment, so nothing in it becomes code", async () => {
    const { schema } = generateFormSchema(seed("solihull"));
    const title = "Escalation */ export declare const injected: 1; /* procedure\nsecond line";
    const code = await generateFormType({ ...schema, title }, "stamp */ export type Two = 2; /*");
    const source = ts.createSourceFile("form-data.d.ts", code, ts.ScriptTarget.ES2022);
    const declared = source.statements.map((s) => (s as { name?: { text: string } }).name?.text);
    expect(declared).toContain("EscalationRecord");
    expect(declared).not.toContain("injected");
    expect(declared).not.toContain("Two");
    expect(code.split("*/")[0]).toContain("Escalation *\\/ export declare const injected: 1; /* procedure second line");
  });
});
