import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findMissingOptional } from "../scripts/stub-unavailable-platform-packages.ts";
import { fromRoot } from "./helpers.ts";

describe("package-lock.json", () => {
  it("lists every optional platform package, so `npm ci` accepts it (run `npm run lock:stubs`)", () => {
    const lock = JSON.parse(readFileSync(fromRoot("package-lock.json"), "utf8"));
    expect(findMissingOptional(lock.packages).map((m) => m.name)).toEqual([]);
  });

  it("holds the majors the design names", () => {
    const lock = JSON.parse(readFileSync(fromRoot("package-lock.json"), "utf8"));
    const major = (name: string) => Number(String(lock.packages[`node_modules/${name}`]?.version).split(".")[0]);
    expect({ astro: major("astro"), mermaid: major("mermaid"), vitest: major("vitest"), ajv: major("ajv"), node: major("node") }).toEqual({
      astro: 7,
      mermaid: 12,
      vitest: 5,
      ajv: 8,
      node: 24,
    });
  });
});
