// Who is told about what (in-app notifications), as pure rules:
// - a comment or reply that @mentions members tells each of them ("mention");
// - a reply tells the thread's author and everyone who replied before ("reply"), unless the same
//   reply already mentions them (one notification per person per event, a mention wins);
// - a rejection tells the person whose translation was rejected ("rejection").
// Nobody is told about their own action, and only current project members are told anything.
import { mentionedMembers, type MentionMember } from '../review/user-mentions';

export type NotificationKind = 'mention' | 'reply' | 'rejection';

export interface Recipient {
  userId: string;
  kind: NotificationKind;
}

/** The longest excerpt kept with a notification (the start of the comment, reply or reason). */
export const EXCERPT_MAX = 200;

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_MAX ? flat : `${flat.slice(0, EXCERPT_MAX - 1)}…`;
}

/** Recipients of a new annotation's comment: the members it mentions. */
export function commentRecipients(body: string, members: readonly MentionMember[], authorId: string): Recipient[] {
  return mentionedMembers(body, members)
    .filter((m) => m.id !== authorId)
    .map((m) => ({ userId: m.id, kind: 'mention' as const }));
}

/**
 * Recipients of a reply: the members it mentions, then the thread's participants (the annotation's
 * author and earlier repliers) who are still members.
 */
export function replyRecipients(
  body: string,
  members: readonly MentionMember[],
  authorId: string,
  participants: readonly string[],
): Recipient[] {
  const out = commentRecipients(body, members, authorId);
  const told = new Set(out.map((r) => r.userId));
  const memberIds = new Set(members.map((m) => m.id));
  for (const id of participants) {
    if (id === authorId || told.has(id) || !memberIds.has(id)) continue;
    told.add(id);
    out.push({ userId: id, kind: 'reply' });
  }
  return out;
}

/**
 * The translator of a rejected segment (revisions newest first): the latest revision that changed its
 * text made by someone other than the reviewer (review decisions and imports do not count), if they
 * are still a member.
 */
export function rejectionRecipient(
  revisions: readonly { action: string; userId: string | null }[],
  reviewerId: string,
  memberIds: ReadonlySet<string>,
): Recipient | null {
  const DECISIONS = new Set(['approve', 'reject', 'reopen', 'import']);
  for (const r of revisions) {
    if (!r.userId || DECISIONS.has(r.action)) continue;
    if (r.userId === reviewerId) continue; // the reviewer's own edits: the translator before them is told
    return memberIds.has(r.userId) ? { userId: r.userId, kind: 'rejection' } : null;
  }
  return null;
}
