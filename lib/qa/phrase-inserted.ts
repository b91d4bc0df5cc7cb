// A pass of the phrase-consistency check: one English term (the bill) that every other segment with
// it renders by one Korean word (법안), written in one segment as that word with a syllable or two
// inserted inside it (법률안): the same compound expanded, front and end kept. A shortening (연합훈련
// for 연합군사훈련) is a writer's choice after the full form; an expansion of a term the document
// has settled on is a second name for it. Pure: phrase-consistency.ts turns findings into issues.
import type { CompoundDoc, CompoundFinding } from './phrase-compounds';
import { VERB_LIKE } from './phrase-lookalike';

// An English word in at most this many segments is a term of the text; in more, a topic word.
const MAX_GROUP = 8;

/** `v` is `u` with one or two syllables inserted inside it (법안 → 법률안), front and end kept. */
export function expandedInside(u: string, v: string): boolean {
  const extra = v.length - u.length;
  if (u.length < 2 || extra < 1 || extra > 2) return false;
  for (let i = 1; i < u.length; i++) if (v.startsWith(u.slice(0, i)) && v.endsWith(u.slice(i))) return true;
  return false;
}

export function insertedFindings(doc: CompoundDoc): CompoundFinding[] {
  const { byPhrase, firstAt, rendered, docCount } = doc;
  const out: CompoundFinding[] = [];
  for (const [key, group] of byPhrase) {
    // One English word (a negative key), a term of the text with two other segments at least.
    if (key >= 0 || group.length < 3 || group.length > MAX_GROUP) continue;
    const at = firstAt.get(key);
    if (!at) continue;
    const english = at.text.slice(at.start, at.end).toLowerCase();
    for (const x of group) {
      const others = group.filter((g) => g !== x);
      const own = rendered(x);
      // The usual rendering: one word in every other segment with the English word and nowhere else.
      const usual = [...rendered(others[0]!).keys()].filter(
        (u) =>
          !u.includes(' ') &&
          u.length >= 2 &&
          !VERB_LIKE.test(u) &&
          !own.has(u) &&
          docCount.get(u) === others.length &&
          others.every((o) => rendered(o).has(u)),
      );
      for (const u of usual) {
        const v = [...own.keys()].find((w) => !w.includes(' ') && docCount.get(w) === 1 && !VERB_LIKE.test(w) && expandedInside(u, w));
        if (!v) continue;
        out.push({ segmentId: x.id, english, shown: english, variant: v, usual: u, start: own.get(v)!, relatedSegmentId: others[0]!.id });
        break;
      }
    }
  }
  return out;
}
