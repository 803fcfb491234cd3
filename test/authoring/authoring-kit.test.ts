import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { fieldReferencePath, readPolicySchema, renderFieldReference } from "../../scripts/generate-field-reference.ts";
import { compilePolicyFile, compilePolicySource } from "../../src/compiler/compile-policy.ts";
import { fixedToday, fromRoot } from "../helpers.ts";

/** Runs `npm run new` the way an author does (the script itself, with the project's Node). */
function newPolicy(...args: string[]) {
  const result = spawnSync(process.execPath, ["scripts/new-policy.ts", ...args], {
    cwd: fromRoot(),
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const noStackTrace = /^\s+at |\.ts:\d+:\d+/m;

describe("npm run new", () => {
  let dir: string;
  beforeEach(() => {
    // Never the real policies/ folder: other tests and the build read it.
    dir = mkdtempSync(path.join(tmpdir(), "new-policy-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("creates a starter policy that compiles with no errors and no warnings", () => {
    const { status, stdout, stderr } = newPolicy("north-shire", "2025-04", "--dir", dir);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const file = path.join(dir, "north-shire", "2025-04.yaml");
    expect(stdout).toContain(`Created ${file}`);
    expect(stdout).toContain("npm run check");
    expect(stdout).toContain("npm run dev");

    const result = compilePolicyFile(file, { today: fixedToday });
    expect(result.diagnostics).toEqual([]);
    expect(result.policy?.areaId).toBe("north-shire");
    expect(result.policy?.revisionId).toBe("2025-04");

    const text = readFileSync(file, "utf8");
    expect(text).not.toContain("{{");
    const schemaLine = /^# yaml-language-server: \$schema=(.+)$/.exec(text.split("\n")[0]!);
    expect(path.resolve(path.dirname(file), schemaLine![1]!)).toBe(fromRoot("schemas/policy.schema.json"));
    expect(text).toContain("not stated");

    // A starter worth editing: two or more stages, each with a timescale and a recipient role.
    const stages = parse(text).tracks[0].stages as Array<{ to: unknown; timescales: unknown }>;
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) {
      expect(Array.isArray(stage.timescales) && stage.timescales.length > 0).toBe(true);
      expect(Array.isArray(stage.to) && stage.to.length === 1).toBe(true);
    }
  });

  it("names the revision after the current month when none is given", () => {
    const { status } = newPolicy("west-vale", "--dir", dir, "--today=2025-05-14");
    expect(status).toBe(0);
    const file = path.join(dir, "west-vale", "2025-05.yaml");
    expect(compilePolicyFile(file, { today: fixedToday }).diagnostics).toEqual([]);
    expect(readFileSync(file, "utf8")).toMatch(/^ {2}effective: 2025-05$/m);
  });

  it("refuses to overwrite an existing policy and leaves it unchanged", () => {
    expect(newPolicy("north-shire", "2025-04", "--dir", dir).status).toBe(0);
    const file = path.join(dir, "north-shire", "2025-04.yaml");
    appendFileSync(file, "# edited by the author\n");
    const before = readFileSync(file, "utf8");

    const { status, stdout, stderr } = newPolicy("north-shire", "2025-04", "--dir", dir);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(`${file} already exists and was left as it is.`);
    expect(stderr).not.toMatch(noStackTrace);
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it.each(["North Shire", "../x", "north_shire", "2nd-shire"])(
    "refuses the area name %j with a message, exit code 1 and no stack trace",
    (area) => {
      const { status, stdout, stderr } = newPolicy(area, "--dir", dir);
      expect(status).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toContain(`"${area}" cannot be used as an area name`);
      expect(stderr).toContain("lower-case letters, digits and hyphens");
      expect(stderr).not.toMatch(noStackTrace);
      expect(readdirSync(dir)).toEqual([]);
    },
  );

  it("refuses a revision name that cannot be a web address", () => {
    const { status, stderr } = newPolicy("north-shire", "2025/04", "--dir", dir);
    expect(status).toBe(1);
    expect(stderr).toContain('"2025/04" cannot be used as a revision name');
    expect(stderr).not.toMatch(noStackTrace);
    expect(existsSync(path.join(dir, "north-shire"))).toBe(false);
  });
});

type SchemaNode = Record<string, unknown>;

/** Every key of every `properties` object anywhere in the schema, `$defs` included. */
function propertyNames(node: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) propertyNames(item, names);
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "properties") for (const name of Object.keys(value as SchemaNode)) names.add(name);
      propertyNames(key === "properties" ? Object.values(value as SchemaNode) : value, names);
    }
  }
  return names;
}

describe("docs/field-reference.md", () => {
  const reference = readFileSync(fieldReferencePath, "utf8");

  it("is generated from the schema (run `npm run generate:reference` after a schema change)", () => {
    expect(reference).toBe(renderFieldReference(readPolicySchema()));
    expect(reference.split("\n")[0]).toMatch(/^<!-- Generated by `npm run generate:reference`/);
  });

  it("mentions every property name found anywhere in the schema", () => {
    const names = [...propertyNames(readPolicySchema())];
    expect(names.length).toBeGreaterThan(80);
    expect(names.filter((name) => !reference.includes(`| \`${name}\` |`))).toEqual([]);
  });

  it("links only to anchors the page has", () => {
    const anchors = new Set([...reference.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]));
    const links = [...reference.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(100);
    expect(links.filter((link) => !anchors.has(link))).toEqual([]);
  });

  it("follows $refs into $defs once, even when a definition refers to itself", () => {
    const schema = {
      type: "object",
      required: ["root"],
      properties: { root: { $ref: "#/$defs/node", description: "The top node." } },
      $defs: {
        node: {
          type: "object",
          description: "A node.",
          properties: {
            label: { anyOf: [{ $ref: "#/$defs/notStated" }, { type: "string" }], description: "Its label." },
            children: { type: "array", items: { $ref: "#/$defs/node" }, description: "Its children." },
          },
        },
        notStated: { type: "string", const: "not stated" },
      },
    };
    const text = renderFieldReference(schema);
    expect(text.match(/^## `node`$/gm)).toHaveLength(1);
    expect(text).toContain("Used in [`policy.root`](#policy), [`node.children`](#node).");
    expect(text).toContain("| `root` | required | object: [`node`](#node) | no | The top node. |");
    expect(text).toContain("| `label` | optional | text | yes | Its label. |");
    expect(renderFieldReference(schema)).toBe(text);
  });
});

describe("docs/authoring.md", () => {
  it("has a worked example whose YAML pieces make a policy with no errors and no warnings", () => {
    const guide = readFileSync(fromRoot("docs/authoring.md"), "utf8");
    const example = guide.slice(guide.indexOf("## Worked example"), guide.indexOf("## Check your policy"));
    const pieces = [...example.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    const identity = { areaId: "westmoor", revisionId: "2026-03", file: "policies/westmoor/2026-03.yaml" };
    const result = compilePolicySource(pieces.join(""), identity, { today: fixedToday });
    expect(result.diagnostics).toEqual([]);
    expect(result.policy?.tracks[0]?.stages).toHaveLength(3);
  });

  it("links to the field reference and the README's diagnostic codes", () => {
    const guide = readFileSync(fromRoot("docs/authoring.md"), "utf8");
    expect(guide).toContain("](field-reference.md)");
    expect(guide).toContain("](../README.md#diagnostic-codes)");
    expect(readFileSync(fromRoot("README.md"), "utf8")).toMatch(/^## Diagnostic codes$/m);
  });
});
