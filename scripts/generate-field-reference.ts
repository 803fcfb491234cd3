/**
 * Writes docs/field-reference.md from the descriptions in schemas/policy.schema.json, so
 * the reference authors read and the tooltips their editor shows are the same text and
 * cannot drift apart. A test checks the file is current: after changing the schema, run
 * `npm run generate:reference`.
 *
 * One section per object, in the order a reader meets them (each object right after the
 * one that first holds it), each with a stable anchor; a `$ref` to an object in `$defs`
 * becomes a link to that object's one section, which is also what stops a schema that
 * refers to itself from being walked forever.
 */
import { readFileSync, writeFileSync } from "node:fs";

export const fieldReferencePath = new URL("../docs/field-reference.md", import.meta.url);
export const policySchemaPath = new URL("../schemas/policy.schema.json", import.meta.url);

type SchemaNode = { readonly [keyword: string]: unknown };

interface Row {
  readonly name: string;
  readonly required: boolean;
  readonly type: string;
  readonly notStated: boolean;
  readonly description: string;
}

interface Section {
  readonly anchor: string;
  /** How the section is headed: a path for an object written in place, a name for a `$defs` entry. */
  readonly heading: string;
  readonly description: string;
  readonly rows: Row[];
  /** Where the object is used: [section anchor, property]. */
  readonly usedIn: Array<readonly [string, string]>;
}

interface ValueType {
  readonly anchor: string;
  readonly name: string;
  readonly description: string;
  type: string;
  notStated: boolean;
}

/** What one schema node accepts, as table text. */
interface Described {
  readonly types: string[];
  readonly notStated: boolean;
}

const notStatedValue = "not stated";
const absentValues = ["not stated", "not seen"];
/** The `absent` value type: exactly "not stated" or "not seen", shown as one column, not as a type. */
const isAbsentDef = (def: SchemaNode) =>
  Array.isArray(def.enum) && def.enum.length === absentValues.length && absentValues.every((v) => (def.enum as unknown[]).includes(v));
const idPattern = "^[a-z][a-z0-9-]*$";

/** Names a reader understands for the shared value types; others keep their `$defs` name. */
const valueTypeLabels: Readonly<Record<string, string>> = {
  text: "text",
  partialDate: "date",
  roleRefs: "role ids",
  nextRef: "next step",
};

const code = (value: unknown): string => `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;
const cell = (text: string): string => text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
const isObject = (node: SchemaNode): boolean => node.type === "object" || node.properties !== undefined;
/** `categoryList` or `revision.amendments[]` -> `category-list`, `revision-amendments`. */
const toAnchor = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export function renderFieldReference(schema: SchemaNode): string {
  const defs = (schema.$defs ?? {}) as Record<string, SchemaNode>;
  const sections: Section[] = [];
  const sectionsByKey = new Map<string, Section>();
  const valueTypes = new Map<string, ValueType>();
  // Anchors the page itself uses, so no section can take them.
  const anchors = new Set<string>(["contents", "value-types"]);

  const claimAnchor = (name: string): string => {
    const anchor = toAnchor(name) || "section";
    // Two sections with one anchor would make links ambiguous; a schema change that causes
    // it should fail loudly here rather than publish a reference with a wrong link.
    if (anchors.has(anchor)) throw new Error(`Two sections of the field reference would share the anchor #${anchor}`);
    anchors.add(anchor);
    return anchor;
  };

  const resolveDef = (ref: string): [string, SchemaNode] => {
    const match = /^#\/\$defs\/(.+)$/.exec(ref);
    const def = match ? defs[match[1]!] : undefined;
    if (!match || !def) throw new Error(`The field reference cannot follow $ref ${ref}`);
    return [match[1]!, def];
  };

  /** Objects from `$defs` met while filling a section, filled after that section's own parts. */
  let deferred: Array<() => void> = [];

  /**
   * Registers an object's section, once per object. An object written in place is filled
   * at once, so it follows the section that holds it; a `$defs` object is filled after the
   * current section and its own parts, so the file's outline reads first and the shared
   * objects after it.
   */
  const objectSection = (key: string, heading: string, node: SchemaNode, usedIn: readonly [string, string]): Section => {
    const section = sectionsByKey.get(key);
    if (section) {
      if (usedIn[0]) section.usedIn.push(usedIn);
      return section;
    }
    const created: Section = {
      anchor: claimAnchor(heading),
      heading,
      description: String(node.description ?? ""),
      rows: [],
      usedIn: usedIn[0] ? [usedIn] : [],
    };
    sectionsByKey.set(key, created);
    const fill = () => {
      sections.push(created);
      const outer = deferred;
      deferred = [];
      fillRows(created, node, key.startsWith("def:") ? heading : key.slice("path:".length));
      const mine = deferred;
      deferred = outer;
      for (const fillDef of mine) fillDef();
    };
    if (key.startsWith("def:")) deferred.push(fill);
    else fill();
    return created;
  };

  const valueType = (name: string, def: SchemaNode): ValueType => {
    let value = valueTypes.get(name);
    if (!value) {
      value = { anchor: claimAnchor(name), name, description: String(def.description ?? ""), type: "", notStated: false };
      valueTypes.set(name, value);
      // Set before describing, so a value type that refers to itself ends the walk here.
      const described = describe(def, name, ["", ""]);
      value.type = described.types.join(" or ");
      value.notStated = described.notStated;
    }
    return value;
  };

  // Ids are plain strings with a pattern, not a `$defs` entry, but they appear in almost
  // every object; one explanation linked from each is easier to read than the pattern.
  const idValueType = (): ValueType => {
    let value = valueTypes.get("id");
    if (!value) {
      value = {
        anchor: claimAnchor("id"),
        name: "id",
        description:
          "A permanent identifier, or a reference to one: lower-case letters, digits and hyphens, starting with a letter. Each id is declared once in a file (roles, stages, meetings and the rest share one set) and other fields refer to it by that id; pages and forms use it too, so keep it when the wording around it changes.",
        type: `text matching ${code(idPattern)}`,
        notStated: false,
      };
      valueTypes.set("id", value);
    }
    return value;
  };

  /**
   * What a node accepts. `path` names objects written in place (`revision.amendments[]`);
   * `owner` is the section and property the node belongs to, for "used in" links.
   */
  const describe = (node: SchemaNode, path: string, owner: readonly [string, string]): Described => {
    if (typeof node.$ref === "string") {
      const [name, def] = resolveDef(node.$ref);
      if (isObject(def)) {
        const section = objectSection(`def:${name}`, name, def, owner);
        return { types: [`object: [${code(name)}](#${section.anchor})`], notStated: false };
      }
      if (def.const === notStatedValue || isAbsentDef(def)) {
        valueType(name, def);
        return { types: [], notStated: true };
      }
      const value = valueType(name, def);
      return { types: [`[${valueTypeLabels[name] ?? name}](#${value.anchor})`], notStated: value.notStated };
    }

    for (const keyword of ["anyOf", "oneOf", "allOf"] as const) {
      const alternatives = node[keyword];
      if (!Array.isArray(alternatives)) continue;
      const described = alternatives.map((alternative: SchemaNode) => describe(alternative, path, owner));
      const join = keyword === "allOf" ? " and " : " or ";
      const types = described.flatMap((d) => d.types);
      return { types: types.length > 0 ? [types.join(join)] : [], notStated: described.some((d) => d.notStated) };
    }

    const details: string[] = [];
    let notStated = false;
    let type: string;
    if (node.const !== undefined) {
      if (node.const === notStatedValue) return { types: [], notStated: true };
      type = `exactly ${code(node.const)}`;
    } else if (Array.isArray(node.enum)) {
      notStated = node.enum.includes(notStatedValue);
      const allowed = node.enum.filter((value) => !absentValues.includes(value as string));
      type = `one of ${allowed.map(code).join(", ")}`;
    } else if (node.type === "array") {
      const items =
        node.items !== undefined ? describe(node.items as SchemaNode, `${path}[]`, owner) : { types: ["anything"], notStated: false };
      type = `list of ${items.types.join(" or ") || "values"}`;
      if (items.notStated) details.push(`each may be ${code(notStatedValue)} or ${code("not seen")}`);
      if (typeof node.minItems === "number" && node.minItems > 0) details.push(`at least ${plural(node.minItems, "item")}`);
      if (typeof node.maxItems === "number") details.push(`at most ${plural(node.maxItems, "item")}`);
    } else if (isObject(node)) {
      const section = objectSection(`path:${path}`, path, node, owner);
      type = `object: [${code(path)}](#${section.anchor})`;
    } else if (node.type === "string") {
      if (node.pattern === idPattern) {
        type = `[id](#${idValueType().anchor})`;
      } else if (node.format === "email") {
        type = "email address";
      } else if (node.format === "uri") {
        type = "web address (URI)";
      } else {
        type = "text";
        if (typeof node.format === "string") details.push(`format ${code(node.format)}`);
        if (typeof node.pattern === "string") details.push(`matching ${code(node.pattern)}`);
      }
      if (typeof node.minLength === "number" && node.minLength > 0)
        details.push(node.minLength === 1 ? "not empty" : `at least ${plural(node.minLength, "character")}`);
      if (typeof node.maxLength === "number") details.push(`at most ${plural(node.maxLength, "character")}`);
    } else if (node.type === "integer" || node.type === "number") {
      type = node.type === "integer" ? "whole number" : "number";
      if (typeof node.minimum === "number") details.push(`at least ${node.minimum}`);
      if (typeof node.exclusiveMinimum === "number") details.push(`more than ${node.exclusiveMinimum}`);
      if (typeof node.maximum === "number") details.push(`at most ${node.maximum}`);
      if (typeof node.exclusiveMaximum === "number") details.push(`less than ${node.exclusiveMaximum}`);
    } else if (node.type === "boolean") {
      type = `${code(true)} or ${code(false)}`;
    } else {
      type = typeof node.type === "string" ? node.type : "any value";
    }
    if (Array.isArray(node.examples)) details.push(`e.g. ${node.examples.map(code).join(", ")}`);
    return { types: [details.length > 0 ? `${type} (${details.join("; ")})` : type], notStated };
  };

  const fillRows = (section: Section, node: SchemaNode, path: string) => {
    const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
    for (const [name, property] of Object.entries((node.properties ?? {}) as Record<string, SchemaNode>)) {
      const described = describe(property, path === "" ? name : `${path}.${name}`, [section.anchor, name]);
      const referenced = typeof property.$ref === "string" ? resolveDef(property.$ref)[1] : undefined;
      section.rows.push({
        name,
        required: required.has(name),
        type: described.types.join(" or ") || code(notStatedValue),
        notStated: described.notStated,
        description: String(property.description ?? referenced?.description ?? ""),
      });
    }
  };

  objectSection("path:", "policy", schema, ["", ""]);

  const headingOf = new Map(sections.map((s) => [s.anchor, s.heading]));
  const renderSection = (section: Section): string[] => {
    const usedIn = section.usedIn.map(([anchor, property]) => `[${code(`${headingOf.get(anchor)}.${property}`)}](#${anchor})`);
    return [
      `<a id="${section.anchor}"></a>`,
      "",
      `## ${code(section.heading)}`,
      "",
      ...(section.description ? [section.description, ""] : []),
      ...(usedIn.length > 0 ? [`Used in ${usedIn.join(", ")}.`, ""] : []),
      "| Property | Required | Type and allowed values | `not stated` / `not seen` allowed | Description |",
      "| --- | --- | --- | --- | --- |",
      ...section.rows.map(
        (row) =>
          `| ${code(row.name)} | ${row.required ? "required" : "optional"} | ${cell(row.type)} | ${row.notStated ? "yes" : "no"} | ${cell(row.description)} |`,
      ),
      "",
    ];
  };
  const renderValueType = (value: ValueType): string[] => {
    const label = valueTypeLabels[value.name];
    return [
      `<a id="${value.anchor}"></a>`,
      "",
      `### ${label && label !== value.name ? `${label} (${code(value.name)})` : code(value.name)}`,
      "",
      ...(value.description ? [value.description, ""] : []),
      ...(value.type ? [`Accepts: ${value.type}${value.notStated ? `, or ${code(notStatedValue)} or ${code("not seen")}` : ""}.`, ""] : []),
    ];
  };

  const values = [...valueTypes.values()];
  return [
    "<!-- Generated by `npm run generate:reference` (scripts/generate-field-reference.ts) from schemas/policy.schema.json. Do not edit by hand: change the schema's descriptions and run the command again; a test fails when this file is out of date. -->",
    "",
    "# Policy field reference",
    "",
    ...(typeof schema.description === "string" ? [schema.description, ""] : []),
    "Each section below is one object in a policy file, starting with the file itself. For each property it says whether it is required, what it holds, whether `not stated` (the source is silent) or `not seen` (that part of the source was not available) may be written instead, and what it means. The same descriptions appear as tooltips in editors that read the `# yaml-language-server: $schema=` line. How to write a policy is in [the authoring guide](authoring.md).",
    "",
    "## Contents",
    "",
    ...sections.map((s) => `- [${code(s.heading)}](#${s.anchor})`),
    ...(values.length > 0 ? ["- [Value types](#value-types)"] : []),
    "",
    ...sections.flatMap(renderSection),
    ...(values.length > 0
      ? [
          '<a id="value-types"></a>',
          "",
          "## Value types",
          "",
          "Kinds of value that several properties share. Whether a property also accepts `not stated` is in its row above.",
          "",
          ...values.flatMap(renderValueType),
        ]
      : []),
  ]
    .join("\n")
    .replace(/\n+$/, "\n");
}

export const readPolicySchema = (): SchemaNode => JSON.parse(readFileSync(policySchemaPath, "utf8")) as SchemaNode;

if (import.meta.main) {
  writeFileSync(fieldReferencePath, renderFieldReference(readPolicySchema()));
  console.log("Wrote docs/field-reference.md");
}
