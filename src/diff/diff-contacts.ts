/** Changes to contacts. */
import { type Policy } from "../compiler/policy-model.ts";
import { matchById } from "./diff-fields.ts";
import { type PolicyChange, change } from "./policy-change.ts";
import { describeAdded, describeContactChange, describeContactPart, describeRemoved } from "./describe-changes.ts";

export type Contact = Policy["contacts"][number];

/**
 * A contact has no id. Its role, when it has one, is the stable part (the name of a post
 * or mailbox is what tends to change); otherwise its name is all there is. Two contacts
 * with the same role or name are paired in the order they are listed.
 */
export function keyContacts(contacts: readonly Contact[]): { key: string; contact: Contact }[] {
  const seen = new Map<string, number>();
  return contacts.map((contact) => {
    const base = contact.roleId !== undefined ? `role:${contact.roleId}` : `who:${contact.who}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: `${base}#${n}`, contact };
  });
}

export const contactId = (c: Contact) => c.roleId ?? c.who;
export const describeContact = (c: Contact) => [c.who, c.email, c.phone].filter((part) => part !== undefined).join(", ");

export function diffContacts(older: Policy, newer: Policy): PolicyChange[] {
  const contacts = matchById(keyContacts(older.contacts), keyContacts(newer.contacts), (c) => c.key);
  const changes: PolicyChange[] = [];
  for (const { before, after } of contacts.inNewerOrder) {
    const c = after.contact;
    if (!before) {
      changes.push(change("contact-added", "contacts", contactId(c), describeAdded("Contact", c.who), { after: describeContact(c) }));
      continue;
    }
    const parts = (["who", "email", "phone"] as const).flatMap((field) => {
      const [was, now] = [before.contact[field], c[field]];
      return was === now ? [] : [describeContactPart(field, was, now)];
    });
    if (parts.length > 0) {
      changes.push(
        change("contact-changed", "contacts", contactId(c), describeContactChange(before.contact.who, parts), {
          before: describeContact(before.contact),
          after: describeContact(c),
        }),
      );
    }
  }
  for (const { contact } of contacts.removed) {
    changes.push(
      change("contact-removed", "contacts", contactId(contact), describeRemoved("Contact", contact.who), {
        before: describeContact(contact),
      }),
    );
  }
  return changes;
}
