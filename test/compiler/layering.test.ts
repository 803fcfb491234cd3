/**
 * The compiler stands alone: it imports no framework and nothing that words or lays out a
 * policy, so it runs the same in the CLI, vitest and the Astro build.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fromRoot } from "../helpers.ts";

const importsOf = (dir: string) =>
  readdirSync(fromRoot(dir))
    .filter((f) => f.endsWith(".ts") || f.endsWith(".tsx"))
    .flatMap((f) =>
      [...readFileSync(fromRoot(dir, f), "utf8").matchAll(/^import[^"]*"([^"]+)"/gm)].map((m) => ({
        file: path.join(dir, f),
        from: m[1]!,
      })),
    );

describe("layering", () => {
  it("keeps the compiler free of frameworks, generators and the diff", () => {
    const bad = importsOf("src/compiler").filter(({ from }) => /^(astro|react|@astrojs|@rjsf)|\/generators\/|\/diff\/|\/site\//.test(from));
    expect(bad).toEqual([]);
  });

  it("keeps the generators and the diff free of frameworks", () => {
    const bad = [...importsOf("src/generators"), ...importsOf("src/diff")].filter(({ from }) => /^(astro|react|@astrojs|@rjsf)/.test(from));
    expect(bad).toEqual([]);
  });

  it("keeps the GOV.UK form theme free of escalation rules: it imports nothing of the form, the policy or its words", () => {
    const bad = importsOf("src/form-theme").filter(({ from }) => /\/(form|compiler|generators|diff|site|examples)\//.test(from));
    expect(bad).toEqual([]);
  });
});
