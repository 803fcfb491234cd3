import path from "node:path";
import type { APIRoute } from "astro";
import { isStated, type Policy } from "../compiler/policy-model.ts";
import { describeAbsence, describeDate } from "../generators/describe-policy.ts";
import { fileAddedDates } from "../site/file-added-dates.ts";
import { policiesRoot } from "../site/load-site-policies.ts";
import { getChanges } from "../site/revision-exports.ts";
import { getAreas, revisionUrls, siteUrl } from "../site/site-data.ts";

/**
 * An Atom feed of every published revision, newest first: the site's "register for
 * updates", read by any feed reader or by a group's own monitoring. Built from the
 * policies and, for an undated one, the day its file was added to the repository.
 */
// XML 1.0 forbids most control characters even escaped; YAML's "\x01" can produce them.
// eslint-disable-next-line no-control-regex
const escape = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/**
 * The day a revision appeared, and how that is known: published, else in force, else its
 * source's date. An undated revision gets the day its file was added to the site (from
 * git), or failing that the day of this build, and its entry says which: Atom needs a
 * date, and a made-up one (1 January 1970) would read as a fact.
 */
function appeared(policy: Policy, added: ReadonlyMap<string, string>, built: string): { date: string; note?: string } {
  const date = isStated(policy.revision.published)
    ? policy.revision.published
    : isStated(policy.revision.effective)
      ? policy.revision.effective
      : policy.sources[0].date;
  if (isStated(date)) return { date: date.first };
  const fileAdded = added.get(path.resolve(policy.file));
  return fileAdded
    ? { date: fileAdded, note: "The procedure gives no date: the date shown is when it was added to this site." }
    : { date: built, note: "The procedure gives no date: the date shown is when this site was built." };
}

export const GET: APIRoute = ({ site }) => {
  // Absolute links when the site's address is configured (ESCALATION_KIT_SITE_URL);
  // otherwise links relative to the feed, which Atom allows.
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const added = fileAddedDates(policiesRoot());
  const built = new Date().toISOString().slice(0, 10);
  const entries = getAreas()
    .flatMap((area) => area.revisions.map((r) => ({ area, r, appeared: appeared(r.policy, added, built) })))
    .sort((a, b) => b.appeared.date.localeCompare(a.appeared.date) || a.r.policy.id.localeCompare(b.r.policy.id));
  const updated = entries[0]?.appeared.date ?? built;
  const body = entries.map(({ area, r, appeared }) => {
    const p = r.policy;
    const urls = revisionUrls(p);
    const changes = getChanges(p, r.previous);
    const summary = [
      `${area.current.area.displayName}: version ${p.revision.version} of ${p.title}, ${isStated(p.revision.effective) ? `in force from ${describeDate(p.revision.effective)}` : `the day it came into force is ${describeAbsence(p.revision.effective.absent)}`}.`,
      r.previous
        ? `${changes.length} ${changes.length === 1 ? "change" : "changes"} from version ${r.previous.revision.version}.`
        : "First version published.",
      ...p.revision.amendments.map((a) => a.note),
      ...(appeared.note ? [appeared.note] : []),
    ].join(" ");
    return `  <entry>
    <id>urn:escalation-kit:${escape(p.areaId)}:${escape(p.revisionId)}</id>
    <title>${escape(`${p.area.displayName}: ${p.title}, version ${p.revision.version}`)}</title>
    <updated>${appeared.date}T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="${escape(absolute(urls.changes))}"/>
    <link rel="related" type="text/html" href="${escape(absolute(urls.protocol))}"/>
    <summary>${escape(summary)}</summary>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>urn:escalation-kit:feed</id>
  <title>Escalation policies: new versions</title>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>escalation-kit</name></author>
  <link rel="self" type="application/atom+xml" href="${escape(absolute(siteUrl("feed.xml")))}"/>
  <link rel="alternate" type="text/html" href="${escape(absolute(siteUrl("")))}"/>
${body.join("\n")}
</feed>
`;
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
