import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatePolicyTypes, policyInputPath } from "../../scripts/generate-policy-types.ts";
import { getPolicyValidator, policySchema } from "../../src/compiler/validate-policy-schema.ts";
import { seedPolicyFiles } from "../helpers.ts";

type SchemaNode = Record<string, unknown>;
const schema = policySchema as unknown as SchemaNode;
const defs = schema.$defs as Record<string, SchemaNode>;

/** Every `properties` entry in the schema, with a readable path. */
function* allProperties(node: unknown, path: string): Generator<[string, SchemaNode]> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* allProperties(item, `${path}[${i}]`);
    return;
  }
  if (node === null || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "properties") {
      for (const [name, property] of Object.entries(value as Record<string, SchemaNode>)) {
        yield [`${path}.${name}`, property];
        yield* allProperties(property, `${path}.${name}`);
      }
    } else {
      yield* allProperties(value, `${path}.${key}`);
    }
  }
}

const describes = (node: SchemaNode): boolean => {
  if (typeof node.description === "string" && node.description.length > 10) return true;
  const ref = typeof node.$ref === "string" ? defs[node.$ref.replace("#/$defs/", "")] : undefined;
  return ref !== undefined && describes(ref);
};

describe("schemas/policy.schema.json", () => {
  it("compiles with ajv in strict mode", () => {
    expect(typeof getPolicyValidator()).toBe("function");
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("describes every property, since descriptions become editor tooltips", () => {
    const properties = [...allProperties(schema, "policy")];
    expect(properties.length).toBeGreaterThan(150);
    expect(properties.filter(([, p]) => !describes(p)).map(([path]) => path)).toEqual([]);
  });

  it("closes every object to unknown properties, so typos are reported", () => {
    const open = [...allProperties(schema, "policy")]
      .filter(([, p]) => p.type === "object" && p.additionalProperties !== false)
      .map(([path]) => path);
    expect(open).toEqual([]);
    for (const [name, def] of Object.entries(defs)) if (def.type === "object") expect(def.additionalProperties, name).toBe(false);
  });

  it("matches the generated TypeScript input types (run `npm run generate:types` after a schema change)", async () => {
    expect(readFileSync(policyInputPath, "utf8")).toBe(await generatePolicyTypes());
  });

  it("is named on the first line of every seed policy for editors", () => {
    for (const file of seedPolicyFiles()) {
      expect(readFileSync(file, "utf8").split("\n")[0], file).toBe("# yaml-language-server: $schema=../../schemas/policy.schema.json");
    }
  });
});

describe("README", () => {
  it("has the diagnostics reference generated from the catalogue (run `npm run generate:docs`)", async () => {
    const { readmePath, updateReadme } = await import("../../scripts/generate-diagnostics-reference.ts");
    const readme = readFileSync(readmePath, "utf8");
    expect(readme).toBe(updateReadme(readme));
  });
});
