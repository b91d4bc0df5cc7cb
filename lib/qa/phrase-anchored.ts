// A pass of the phrase-consistency check: one English word (the anchor) rendered by two words of
// an anchored group (phrase-anchored.data.ts) in one document — 저비용항공사 for “low-cost carriers”
// in two paragraphs, 저가항공사 for “low-cost flight” in a third; 보상금 and 위로금 for the two
// “compensation”s of one paragraph. Only segments whose English has the anchor are read, and only
// when their Korean has no more of the group's words than the English has anchors (each word then
// renders an anchor: 보상금 외에 위로금도 for “compensation and a consolation payment” is two things);
// a group one of whose words glosses another in brackets (버드 스트라이크(조류 충돌)) is left alone.
// The word the document uses less (on a tie, the later one, unless the group names a standard
// term) is reported where it stands; a group may read its words at the end of a compound (창원공장). Linear:
// one regular expression per group over each segment, both bounded by the segment's length.
import type { QaIssue, QaLocale } from './types';
import { twoRenderingsIssue } from './phrase-issue';
import { ANCHORED_SYNONYMS } from './phrase-anchored.data';

const squeeze = (w: string) => w.replace(/\s+/g, '');

// A word read at the end of a compound (창원공장) takes only a particle (or 장, 들) after it, so that
// the same syllables inside another word are not read (공공장소, 인공장기).
const COMPOUND_END = '(?=(?:은|는|이|가|을|를|의|와|과|도|만|에|에서|에는|에선|으로|로|장|들)?(?![가-힣]))';

const GROUPS = ANCHORED_SYNONYMS.map((g) => ({
  en: new RegExp(`(?<![A-Za-z-])(?:${g.en})(?![A-Za-z-])`, 'gi'),
  // The longest word first (활주로 오버런 before 오버런); a space may be written or left out; a
  // particle or a short suffix (들, 율) may follow, never a longer word (이탈리아).
  preferred: g.preferred,
  ko: new RegExp(
    `${g.inCompound ? '' : '(?<![가-힣])'}(?:${[...g.ko]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/ /g, '\\s?'))
      .join('|')})${g.inCompound ? COMPOUND_END : '(?=[가-힣]{0,3}(?![가-힣]))'}`,
    'g',
  ),
}));

const ANY_ANCHOR = new RegExp(`(?<![A-Za-z-])(?:${ANCHORED_SYNONYMS.map((g) => g.en).join('|')})(?![A-Za-z-])`, 'i');
const MAX_FOUND = 200;

interface Hit {
  id: string;
  /** The word, spaces left out (the key it is counted under), and as written. */
  word: string;
  text: string;
  start: number;
  /** The English anchor as this segment writes it. */
  shown: string;
}

/** The capitalised word at `at` is part of a name: a capitalised word (of/and/the between) after it,
 *  or one right before it (Inflation Reduction Act, the Black Sea Fleet). */
export function inName(text: string, at: number, length: number): boolean {
  if (!/[A-Z]/.test(text[at] ?? '')) return false;
  if (/^[ \t]+(?:(?:of|and|the|for)[ \t]+)?[A-Z]/.test(text.slice(at + length, at + length + 16))) return true;
  return /[A-Z][A-Za-z'’.-]*[ \t]+$/.test(text.slice(Math.max(0, at - 40), at));
}

// A word in brackets right after another is its gloss (윈드시어(급변풍)).
const glossed = (text: string, at: number) => {
  const open = text.lastIndexOf('(', at);
  return open >= 0 && text.lastIndexOf(')', at) < open && at - open <= 20;
};

export function anchoredSynonymPass(
  segments: readonly { id: string; sourceText: string; targetText: string }[],
  out: Map<string, QaIssue[]>,
  locale: QaLocale,
): void {
  // The segments with any anchor, found with one expression (most segments have none).
  const anchored = segments.filter((s) => ANY_ANCHOR.test(s.sourceText));
  if (!anchored.length) return;
  for (const g of GROUPS) {
    const found: Hit[] = [];
    const count = new Map<string, number>();
    let gloss = false;
    for (const s of anchored) {
      if (gloss) break;
      // Anchors first (most segments have none): cheap, and the Korean is read only after one. A word
      // of a name (the Inflation Reduction Act: 인플레이션 감축법, the name's own Korean) is no anchor.
      const anchors = [...s.sourceText.matchAll(g.en)].filter((m) => !inName(s.sourceText, m.index, m[0].length)).map((m) => m[0]);
      if (!anchors.length) continue;
      const hits: Hit[] = [];
      for (const m of s.targetText.matchAll(g.ko)) {
        // One word glossed by the other (버드 스트라이크(조류 충돌)): the document equates them.
        if (glossed(s.targetText, m.index)) {
          gloss = true;
          break;
        }
        hits.push({ id: s.id, word: squeeze(m[0]), text: m[0], start: m.index, shown: anchors[0]!.toLowerCase() });
        if (hits.length > anchors.length) break;
      }
      // More of the group's words than anchors: some word names another thing here.
      if (hits.length > anchors.length) continue;
      for (const h of hits) {
        // Enough to tell the usual word (a hostile text of one word repeated is not read to its end).
        if (found.length >= MAX_FOUND) break;
        found.push(h);
        count.set(h.word, (count.get(h.word) ?? 0) + 1);
      }
    }
    if (count.size < 2 || gloss) continue;
    // The usual word: the most used; on a tie, the one that comes first.
    let usual = found[0]!.word;
    for (const [w, n] of count) if (n > count.get(usual)!) usual = w;
    // A tie with the group's standard term: that term is the usual one.
    const pref = g.preferred && squeeze(g.preferred);
    if (pref && count.get(pref) === count.get(usual)) usual = pref;
    const first = found.find((f) => f.word === usual)!;
    for (const f of found) {
      if (f.word === usual) continue;
      const list = out.get(f.id) ?? [];
      if (list.some((i) => i.targetSpan?.start === f.start)) continue;
      list.push(twoRenderingsIssue(locale, f.shown, f.shown, f.text, first.text, f.start, first.id));
      out.set(f.id, list);
    }
  }
}
