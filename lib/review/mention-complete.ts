// @mention completion in a comment box: which query is being typed at the caret, which members match
// it, and the text after picking one. Pure (the combobox is app/(workbench)/documents/[id]/_review/mention-field.tsx).
import type { MentionMember } from './user-mentions';

export interface MentionQuery {
  /** Index of the @ in the text. */
  start: number;
  /** What follows the @ up to the caret. */
  query: string;
}

const MAX_QUERY = 40;

/**
 * The mention being typed at `caret`: an @ that starts the text or follows a space or punctuation
 * (as parseMentions), then up to the caret no line break and at most one space (names such as
 * "Kim Min-ji" have one). Null when the caret is not in a mention.
 */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0 || caret - at - 1 > MAX_QUERY) return null;
  if (at > 0 && /[\p{L}\p{N}_.\-]/u.test(before.charAt(at - 1))) return null;
  const query = before.slice(at + 1);
  if (/[\n@]/.test(query) || (query.match(/\s/g)?.length ?? 0) > 1 || /^\s/.test(query)) return null;
  return { start: at, query };
}

/** Members whose name (any word of it) or email starts with the query, case-insensitively; best first. */
export function matchMembers<M extends MentionMember>(members: readonly M[], query: string, limit = 8): M[] {
  const q = query.trim().toLowerCase();
  const scored: { m: M; score: number }[] = [];
  for (const m of members) {
    const name = m.name.toLowerCase();
    const email = m.email.toLowerCase();
    let score = -1;
    if (!q) score = 1;
    else if (name.startsWith(q)) score = 3;
    else if (name.split(/[\s\-]+/).some((w) => w.startsWith(q))) score = 2;
    else if (email.startsWith(q)) score = 1;
    if (score >= 0) scored.push({ m, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.m.name.localeCompare(b.m.name))
    .slice(0, limit)
    .map((x) => x.m);
}

/** The text with the query replaced by `@Name ` and the caret after it. */
export function applyMention(text: string, q: MentionQuery, caret: number, member: MentionMember): { text: string; caret: number } {
  const insert = `@${member.name} `;
  const rest = text.slice(caret).replace(/^\S*/, '');
  const out = text.slice(0, q.start) + insert + rest.replace(/^ /, '');
  return { text: out, caret: q.start + insert.length };
}
