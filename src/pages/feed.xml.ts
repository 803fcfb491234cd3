import type { APIRoute } from "astro";
import { isStated, type Policy } from "../compiler/policy-model.ts";
import { describeDate } from "../generators/describe-policy.ts";
import { getChanges } from "../site/revision-exports.ts";
import { getAreas, revisionUrls, siteUrl } from "../site/site-data.ts";

/**
 * An Atom feed of every published revision, newest first: the site's "register for
 * updates", read by any feed reader or by a group's own monitoring. Built from the
 * policies alone, so it is the same on every build.
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

/** The day a revision appeared: published, else in force, else its source's date. */
function appeared(policy: Policy): string {
  const date = isStated(policy.revision.published)
    ? policy.revision.published
    : isStated(policy.revision.effective)
      ? policy.revision.effective
      : policy.sources[0].date;
  return isStated(date) ? date.first : "1970-01-01";
}

export const GET: APIRoute = ({ site }) => {
  // Absolute links when the site's address is configured (ESCALATION_KIT_SITE_URL);
  // otherwise links relative to the feed, which Atom allows.
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const entries = getAreas()
    .flatMap((area) => area.revisions.map((r) => ({ area, r })))
    .sort((a, b) => appeared(b.r.policy).localeCompare(appeared(a.r.policy)) || a.r.policy.id.localeCompare(b.r.policy.id));
  const updated = entries[0] ? appeared(entries[0].r.policy) : "1970-01-01";
  const body = entries.map(({ area, r }) => {
    const p = r.policy;
    const urls = revisionUrls(p);
    const changes = getChanges(p, r.previous);
    const summary = [
      `${area.current.area.displayName}: version ${p.revision.version} of ${p.title}, in force from ${describeDate(p.revision.effective)}.`,
      r.previous
        ? `${changes.length} ${changes.length === 1 ? "change" : "changes"} from version ${r.previous.revision.version}.`
        : "First version published.",
      ...p.revision.amendments.map((a) => a.note),
    ].join(" ");
    return `  <entry>
    <id>urn:escalation-kit:${escape(p.areaId)}:${escape(p.revisionId)}</id>
    <title>${escape(`${p.area.displayName}: ${p.title}, version ${p.revision.version}`)}</title>
    <updated>${appeared(p)}T00:00:00Z</updated>
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
