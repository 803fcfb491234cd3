/** Changes to tracks: added, removed, renamed, and their fields. */
import { type Policy, type Track } from "../compiler/policy-model.ts";
import { describeTimescale } from "../generators/describe-policy.ts";
import { timescaleKey } from "./comparison-keys.ts";
import { describeAdded, describeRemoved, describeRenamed, describeTrackStages, doubtList, quoted, roleList } from "./describe-changes.ts";
import { type FieldWords, matchById, diffFields } from "./diff-fields.ts";
import { type PolicyChange, change } from "./policy-change.ts";
import { diffStages } from "./diff-stages.ts";

export function diffTracks(older: Policy, newer: Policy): PolicyChange[] {
  const tracks = matchById(older.tracks, newer.tracks, (t) => t.id);
  const changes: PolicyChange[] = [];
  for (const { before, after } of tracks.inNewerOrder) {
    if (!before) {
      // A new track's stages are all new: naming them here says so in one entry rather than one per stage.
      changes.push(
        change("track-added", "tracks", after.id, describeAdded("Track", after.title, `, ${describeTrackStages(after)}`), {
          after: after.title,
        }),
      );
      continue;
    }
    if (before.title !== after.title) {
      changes.push(
        change("track-renamed", "tracks", after.id, describeRenamed("Track", before.title, after.title), {
          before: before.title,
          after: after.title,
        }),
      );
    }
    changes.push(
      ...diffFields(
        before,
        after,
        trackFieldWords,
        (what, values) => change("track-changed", "tracks", after.id, what(`Track ${quoted(after.title)}`), values),
        {
          policies: [older, newer],
          compareAs: { overallLimit: (t) => (t.overallLimit ? [timescaleKey(t.overallLimit.limit), t.overallLimit.appliesTo] : null) },
          describe: {
            raisedBy: roleList("or"),
            doubts: doubtList,
            overallLimit: (value, policy) =>
              value === undefined ? "none" : describeTimescale(policy, (value as NonNullable<Track["overallLimit"]>).limit),
          },
        },
      ),
    );
    changes.push(...diffStages(older, newer, before, after));
  }
  for (const track of tracks.removed) {
    changes.push(
      change("track-removed", "tracks", track.id, describeRemoved("Track", track.title, `, ${describeTrackStages(track)}`), {
        before: track.title,
      }),
    );
  }
  return changes;
}

export const trackFieldWords: FieldWords<Track> = {
  description: "description",
  raisedBy: "who raises concerns on it",
  stageTerm: "what its stages are called",
  phases: "phases",
  whenLastStageFails: "what happens when the last stage does not resolve it",
  owner: "its owner",
  sourceId: "its source document",
  overallLimit: "its overall time limit",
  doubts: "doubts about it",
};
