// @mentions in annotation comments and replies: `@Name` or `@email` of a project member. The body is
// stored as typed; the mentioned members are parsed from it each time it is presented, so a renamed
// member still resolves by email and nothing else needs storing.

export interface MentionMember {
  id: string;
  name: string;
  email: string;
}

export interface ParsedMention {
  userId: string;
  name: string;
  /** Where the mention (including the @) is in the body. */
  start: number;
  end: number;
}

const WORDISH = /[\p{L}\p{N}_.\-]/u;

/**
 * Finds mentions of members in a body. An @ must start the text or follow a space or punctuation
 * (not a letter, so `a@b.c` in prose is not a mention); after it, a member's email or name
 * (case-insensitive, longest first) must follow and end at a word boundary.
 */
export function parseMentions(body: string, members: readonly MentionMember[]): ParsedMention[] {
  const keys = members
    .flatMap((m) => [{ key: m.email.toLowerCase(), m }, ...(m.name.trim() ? [{ key: m.name.trim().toLowerCase(), m }] : [])])
    .sort((a, b) => b.key.length - a.key.length);
  const lower = body.toLowerCase();
  const out: ParsedMention[] = [];
  for (let i = body.indexOf('@'); i >= 0; i = body.indexOf('@', i + 1)) {
    if (i > 0 && WORDISH.test(body.charAt(i - 1))) continue;
    for (const { key, m } of keys) {
      if (!lower.startsWith(key, i + 1)) continue;
      const end = i + 1 + key.length;
      const next = body.charAt(end);
      // Trailing sentence punctuation is fine (`@Kim.`), a continuing word is not (`@Kimberly`).
      if (next && /[\p{L}\p{N}_@]/u.test(next)) continue;
      if (next === '.' || next === '-') {
        const after = body.charAt(end + 1);
        if (after && /[\p{L}\p{N}]/u.test(after)) continue;
      }
      out.push({ userId: m.id, name: m.name, start: i, end });
      i = end - 1;
      break;
    }
  }
  return out;
}

/** The distinct members mentioned, in order of first mention. */
export function mentionedMembers(body: string, members: readonly MentionMember[]): { id: string; name: string }[] {
  const seen = new Set<string>();
  const out: { id: string; name: string }[] = [];
  for (const p of parseMentions(body, members)) {
    if (seen.has(p.userId)) continue;
    seen.add(p.userId);
    out.push({ id: p.userId, name: p.name });
  }
  return out;
}
