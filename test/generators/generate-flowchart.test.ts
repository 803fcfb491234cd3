import path from "node:path";
import { describe, expect, it } from "vitest";
import { compilePolicyFile } from "../../src/compiler/compile-policy.ts";
import { isStated, stagesOf } from "../../src/compiler/policy-model.ts";
import {
  escapeMermaidText,
  flowchartSources,
  generateFlowchart,
  renderOutlineText,
  wrapWords,
} from "../../src/generators/generate-flowchart.ts";
import { expectGolden, fixedToday, fromRoot, goldenPolicyFiles, seedPolicyFiles } from "../helpers.ts";

const compile = (file: string) => compilePolicyFile(file, { today: fixedToday }).policy!;

describe("generateFlowchart on the seed policies and the real-procedure fixtures", () => {
  for (const { file, golden: name } of goldenPolicyFiles()) {
    it(`${name}: each track's mermaid source, its key and the text outline match their golden files`, () => {
      const policy = compile(file);
      const flowchart = generateFlowchart(policy);
      // One golden per policy: each chart's source after a line naming its track, then its key.
      expectGolden(
        `${name}.flowchart.mmd`,
        flowchart.charts
          .map((c) =>
            [
              `%% --- chart ${c.trackId}: ${c.title}`,
              c.source.trimEnd(),
              `%% key: ${JSON.stringify(c.key, null, 1).replace(/\n/g, "\n%% ")}`,
            ].join("\n"),
          )
          .join("\n\n") + "\n",
      );
      expectGolden(`${name}.outline.txt`, renderOutlineText(policy, flowchart.outline));
    });

    it(`${name}: the outline has a step for every stage, in order, and every stage is in the chart`, () => {
      const policy = compile(file);
      const flowchart = generateFlowchart(policy);
      for (const [i, track] of policy.tracks.entries()) {
        const outlineTrack = flowchart.outline.tracks[i]!;
        const stageSteps = outlineTrack.steps.filter((s) => s.kind === "stage").map((s) => s.id);
        expect(stageSteps).toEqual(isStated(track.stages) ? track.stages.map((s) => s.id) : [`${track.id}-stages`]);
        expect(outlineTrack.steps.map((s) => s.number)).toEqual(outlineTrack.steps.map((_, n) => n + 1));
        // Labels wrap with <br/> where a space was.
        const chart = flowchart.charts[i]!;
        expect(chart.trackId).toBe(track.id);
        for (const stage of stagesOf(track)) expect(chart.source.replaceAll("<br/>", " ")).toContain(escapeMermaidText(stage.name));
      }
      expect(flowchart.outline.routes).toHaveLength(policy.routes.length);
      expect(flowchart.outline.sideActions).toHaveLength(policy.sideActions.length);
    });
  }
});

describe("escapeMermaidText", () => {
  it("leaves letters, digits and spaces alone and encodes everything else as a character code", () => {
    expect(escapeMermaidText("Stage 2")).toBe("Stage 2");
    expect(escapeMermaidText('"]-->')).toBe("#34;#93;#45;#45;#62;");
    expect(escapeMermaidText("%%{init}")).toBe("#37;#37;#123;init#125;");
    expect(escapeMermaidText("café →")).toBe("caf#233; #8594;");
  });
});

describe("wrapWords", () => {
  it("wraps at word boundaries and never loses a word", () => {
    const text = "The Independent Chair will submit a stage one formal escalation to the ATM";
    const lines = wrapWords(text, 20);
    expect(lines.join(" ")).toBe(text);
    for (const line of lines) expect(line.length <= 20 || !line.includes(" ")).toBe(true);
  });
});

describe("policy text cannot break out of the diagram", () => {
  const policy = compile(fromRoot("test/fixtures/injection/injection/2024-01.yaml"));
  const source = flowchartSources(generateFlowchart(policy)).join("\n");
  const nasty = ["<script>", "-->", '"]', "%%{", "&amp;", "&lt;", "`code`", "|"];

  it("keeps none of the dangerous sequences raw inside a label", () => {
    // Every label is one quoted string; nothing in it may close it or start markup or a directive.
    const labels = [...source.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
    expect(labels.length).toBeGreaterThan(2);
    for (const labelText of labels) for (const sequence of nasty) expect(labelText).not.toContain(sequence);
    expect(source).not.toMatch(/%%\{/);
    expect(source).not.toContain("<script");
  });

  it("still carries the whole text, encoded", () => {
    expect(source).toContain(escapeMermaidText("<script>alert(1)</script>"));
    expect(source).toContain(escapeMermaidText("%%{init: {'theme':'dark'}}%%"));
  });
});
