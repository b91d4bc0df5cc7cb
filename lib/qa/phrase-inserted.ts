// A pass of the phrase-consistency check: one English term (the bill, ballots) that most other
// segments with it render by one Korean word (법안, 투표지; at least half of them, the rest saying it
// another way), written in one segment as that word with a syllable or two inserted inside it
// (법률안, 투표용지; two words side by side too: 해임 결의안 for 해임안): the same compound expanded,
// front and end kept. Of a term in two segments only, a common English word and a rendering of
// three syllables, and not where the English grew too (paid parental leave / paid leave). A
// shortening (연합훈련 for 연합군사훈련) is a writer's choice after the full form; an expansion of
// a term the document has settled on is a second name for it. Pure: phrase-consistency.ts turns
// findings into issues.
import type { CompoundDoc, CompoundFinding } from './phrase-compounds';
import { VERB_LIKE } from './phrase-lookalike';
import { STOP } from './phrase-words';

// An English word in at most this many segments is a term of the text; in more, a topic word.
const MAX_GROUP = 8;

/** `v` is `u` with one or two syllables inserted inside it (법안 → 법률안), front and end kept. */
export function expandedInside(u: string, v: string): boolean {
  const extra = v.length - u.length;
  if (u.length < 2 || extra < 1 || extra > 2) return false;
  for (let i = 1; i < u.length; i++) if (v.startsWith(u.slice(0, i)) && v.endsWith(u.slice(i))) return true;
  return false;
}

// Determiners (관형사) that stand as a word of their own before a noun.
const DETERMINERS = new Set(
  '이 그 저 이런 그런 저런 이번 지난 다음 해당 각 전 현 새 옛 한 두 세 네 몇 본 동 당 타 모든 여러 온 첫 별'.split(' '),
);

/** `v` is two words, the first the front of `u` whole and the second its end with a syllable or two
 *  before it (해임 결의안 for 해임안; never 지난주 올해 for 지난해, a front changed). */
export function expandedAfterWord(u: string, v: string): boolean {
  const sp = v.indexOf(' ');
  const a = v.slice(0, sp);
  const b = v.slice(sp + 1);
  if (sp < 1 || !u.startsWith(a) || a.length >= u.length) return false;
  // A determiner first (이 글의, 그 안, 각 부처): a demonstrative or a count before another noun,
  // not the front of the compound (이의 is no 이 + 의).
  if (DETERMINERS.has(a)) return false;
  const end = u.slice(a.length);
  const extra = b.length - end.length;
  return extra >= 1 && extra <= 2 && b.endsWith(end);
}

/** `source` has a phrase of `other` with a content word inserted (paid parental leave beside paid
 *  leave): the English grew as the Korean did (유급 육아휴직 / 유급휴직), two terms. */
export function englishExpanded(source: string, other: string): boolean {
  const words = (t: string) => (t.toLowerCase().match(/[a-z]{2,30}/g) ?? []).slice(0, 2000);
  const o = words(other);
  const pairs = new Set(o.slice(1).map((w, i) => `${o[i]} ${w}`));
  const x = words(source);
  for (let i = 0; i + 2 < x.length; i++)
    if (!STOP.has(x[i]!) && !STOP.has(x[i + 1]!) && !STOP.has(x[i + 2]!) && pairs.has(`${x[i]} ${x[i + 2]}`)) return true;
  return false;
}

export function insertedFindings(doc: CompoundDoc): CompoundFinding[] {
  const { byPhrase, firstAt, rendered, docCount } = doc;
  const order = new Map(doc.infos.map((x, i) => [x, i]));
  const out: CompoundFinding[] = [];
  for (const [key, group] of byPhrase) {
    // One English word (a negative key), a term of the text in two segments at least.
    if (key >= 0 || group.length < 2 || group.length > MAX_GROUP) continue;
    const at = firstAt.get(key);
    if (!at) continue;
    const english = at.text.slice(at.start, at.end).toLowerCase();
    // (A word is at most thirty letters: a longer run is no term, and no pattern is built of it.)
    if (english.length > 30) continue;
    // Two segments only: a common word (lower case in both), not a name or a month (July: 금융위원회
    // and 금융통화위원회 are two bodies that met that month).
    const common = new RegExp(`(?<![A-Za-z])${english.replace(/[^a-z]/g, '.')}`);
    if (group.length === 2 && !group.every((g) => common.test(doc.source(g.id)))) continue;
    // How many segments of the group write each word (once per group; a segment's own words are
    // taken off below: the support of the others).
    const inGroup = new Map<string, number>();
    for (const g of group) for (const u of rendered(g).keys()) if (!u.includes(' ')) inGroup.set(u, (inGroup.get(u) ?? 0) + 1);
    // The usual rendering: one word in at least half the other segments with the English word (the
    // rest may say it another way: 투표지 for “ballots”, 무효표 for “invalid ballots”) and in at most
    // one segment without it; of three syllables at least when one other segment is all. Read once
    // per group: a segment's own words are taken off below (its count is then the others').
    const others1 = group.length - 1;
    const candidates = [...inGroup].flatMap(([u, n]) =>
      n * 2 >= others1 &&
      u.length >= (others1 === 1 ? 3 : 2) &&
      // A word ending like a verb (투표지, -지) counts once three other segments write it alike.
      (!VERB_LIKE.test(u) || (n >= 3 && u.length >= 3)) &&
      (others1 === 1 || n >= 2) &&
      docCount.get(u)! <= n + 1
        ? [u]
        : [],
    );
    for (const x of group) {
      const others = group.filter((g) => g !== x);
      // Two segments only: not where the English grew too (paid parental leave beside paid leave).
      if (group.length === 2 && englishExpanded(doc.source(x.id), doc.source(others[0]!.id))) continue;
      const own = rendered(x);
      // The usual renderings (above) this segment lacks.
      const usual = candidates.filter((u) => !own.has(u));
      // This segment's own words, the only ones that can be the variant.
      const lone = usual.length ? [...own.keys()].filter((w) => docCount.get(w) === 1) : [];
      for (const u of usual) {
        // (A verb-like end is the usual word's own: 투표지 → 투표용지.)
        const v = lone.find(
          // Two words side by side count joined (해임 결의안 for 해임안).
          (w) => (!VERB_LIKE.test(w) || VERB_LIKE.test(u)) && (w.includes(' ') ? expandedAfterWord(u, w) : expandedInside(u, w)),
        );
        if (!v) continue;
        // The full form before every shortened one (연합군사훈련, then 연합훈련): a second mention's choice.
        if (others.every((o) => !rendered(o).has(u) || order.get(o)! > order.get(x)!)) continue;
        const related = others.find((o) => rendered(o).has(u)) ?? others[0]!;
        out.push({ segmentId: x.id, english, shown: english, variant: v, usual: u, start: own.get(v)!, relatedSegmentId: related.id });
        break;
      }
    }
  }
  return out;
}
