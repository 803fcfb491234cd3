/** How the diff words the values it compares: roles, stages, lists, yes/no, force and doubts, and how a stage is named in a summary. */
import { type Doubt, type Policy, type Stage } from "../compiler/policy-model.ts";
import { describeDoubt, describeRoles, findStage } from "../generators/describe-policy.ts";
import { type Describe, quoted } from "./diff-fields.ts";

export const roleList =
  (conjunction: string): Describe =>
  (value, policy) =>
    Array.isArray(value) ? (value.length === 0 ? "none" : describeRoles(policy, value as string[], "long", conjunction)) : undefined;
export const textList: Describe = (value) =>
  Array.isArray(value) && value.every((v) => typeof v === "string") ? (value.length === 0 ? "none" : value.join("; ")) : undefined;
export const stageName = (policy: Policy, id: string) => {
  const found = findStage(policy, id);
  return found ? stageLabel(policy, found.stage) : id;
};
export const stageRef: Describe = (value, policy) => {
  if (typeof value === "string") return stageName(policy, value);
  if (value === undefined) return "none";
  // A route's target: a stage, or any higher stage.
  const target = value as { kind?: string; stageId?: string };
  if (target.kind === "any-higher") return "any higher stage";
  return target.kind === "stage" && target.stageId ? stageName(policy, target.stageId) : undefined;
};
export const forceWords: Describe = (value) => (typeof value === "string" ? value : undefined);
export const doubtList: Describe = (value) =>
  Array.isArray(value) ? (value.length === 0 ? "none" : (value as Doubt[]).map(describeDoubt).join("; ")) : undefined;
export const yesNo =
  (yes: string, no: string): Describe =>
  (value) =>
    typeof value === "boolean" ? (value ? yes : no) : undefined;

/**
 * How a stage is named at the start of a summary: "Stage 2 (Team Manager)", or with a dash
 * when the title has brackets of its own ("Formal Stage One – Escalation to Assistant Team
 * Manager (ATM)"). A stage of a track other than the policy's first is placed in its
 * track, since stage names repeat across tracks ("Stage 1" in each).
 */
export function stageLabel(policy: Policy, stage: Stage): string {
  const name = !stage.title ? stage.name : stage.title.includes("(") ? `${stage.name} – ${stage.title}` : `${stage.name} (${stage.title})`;
  return `${name}${inTrack(policy, stage)}`;
}

export function inTrack(policy: Policy, stage: Stage): string {
  const track = policy.tracks.find((t) => t.id === stage.trackId);
  return track && policy.tracks[0] !== track ? ` in ${quoted(track.title)}` : "";
}
