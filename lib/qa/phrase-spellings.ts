// Two passes of the phrase-consistency check on the Korean alone: two words of one near-synonym group
// in one paragraph, and one English loanword written two ways in Hangul in one document.
import { isBlank, makeIssue, q } from './shared';
import type { QaIssue, QaLocale } from './types';
import { PARTICLE_PAIRS, particleFor } from '../names/particles';
import { loanSpellingKey, NEAR_SYNONYMS, transliterates } from './phrase-synonyms';
import { STYLE_VARIANTS } from './phrase-variants.data';
import { ID, twoRenderingsIssue } from './phrase-issue';
import { isSyllable, stems, VERB_AFTER_NOUN } from './phrase-words';

// Each word of a near-synonym group, with its group (words kept whole: 지원 is not 지원금).
const GROUP_WORDS = new Map<string, readonly string[]>();
for (const g of [...NEAR_SYNONYMS, ...STYLE_VARIANTS]) for (const w of g) if (!w.includes(' ')) GROUP_WORDS.set(w, g);
// The first two syllables of each group word (the syllable of a one-syllable word), as numbers.
const GROUP_STARTS = new Set<number>();
for (const w of GROUP_WORDS.keys()) GROUP_STARTS.add(w.length === 1 ? w.charCodeAt(0) : w.charCodeAt(0) * 65536 + w.charCodeAt(1));

/**
 * Whether two Korean words of the text may start with a group word: a word's group word (its stem,
 * or the noun of its 하다/되다 form) starts the word, and an issue needs two words. Read by code
 * unit, so the paragraphs without (most of them) are passed over without reading their stems.
 */
function twoGroupStarts(text: string): boolean {
  let n = 0;
  for (let i = 0; i < text.length;) {
    const c0 = text.charCodeAt(i);
    if (!isSyllable(c0)) {
      i++;
      continue;
    }
    const c1 = i + 1 < text.length && isSyllable(text.charCodeAt(i + 1)) ? text.charCodeAt(i + 1) : -1;
    if ((GROUP_STARTS.has(c0) || (c1 >= 0 && GROUP_STARTS.has(c0 * 65536 + c1))) && ++n >= 2) return true;
    while (i < text.length && isSyllable(text.charCodeAt(i))) i++;
  }
  return false;
}

/**
 * Two words of one near-synonym group in one paragraph (기금이 2056년에 소진될 … 고갈 시점이
 * 2071년으로): one thing named two ways within a few lines, the later word reported. No paragraph
 * of our clean translations (655: lib/qa/testing, fixtures, bench/spell/texts, bench/align/news)
 * uses two words of one group.
 */
export function sameParagraphPass(segments: readonly { id: string; targetText: string }[], out: Map<string, QaIssue[]>, locale: QaLocale) {
  for (const s of segments) {
    if (isBlank(s.targetText) || !twoGroupStarts(s.targetText)) continue;
    const firstOf = new Map<readonly string[], string>();
    for (const { stem, start } of stems(s.targetText)) {
      // The word itself, or the noun of a 하다/되다 verb (소진될 → 소진).
      let v = stem;
      if (!GROUP_WORDS.has(v))
        for (let i = 2; i <= 4 && i < stem.length; i++)
          if (GROUP_WORDS.has(stem.slice(0, i)) && VERB_AFTER_NOUN.test(stem.slice(i))) {
            v = stem.slice(0, i);
            break;
          }
      const g = GROUP_WORDS.get(v);
      if (!g) continue;
      const first = firstOf.get(g);
      if (first === undefined) firstOf.set(g, v);
      else if (first !== v) {
        const list = out.get(s.id) ?? [];
        if (list.some((i) => i.targetSpan?.start === start)) continue;
        list.push(
          makeIssue(ID, locale, {
            severity: 'warning',
            key: `${first}/${v}`,
            targetSpan: { start, end: start + v.length },
            message: {
              en: `${q(v)} and ${q(first)} name one thing in this paragraph: keep one word.`,
              ko: `이 단락에서 같은 대상을 ${q(first)}${particleFor(first, PARTICLE_PAIRS.and)} ${q(v)}${particleFor(v, PARTICLE_PAIRS.direction)} 달리 썼습니다. 한 단어로 통일하세요.`,
            },
          }),
        );
        out.set(s.id, list);
      }
    }
  }
}

// Keys of the words read so far (bounded: a huge input cannot grow it without limit).
const spellingKeys = new Map<string, string>();

/**
 * One English word written in Hangul two ways in one document (크레디트 here, 크레딧 there; 로보트
 * / 로봇, 메세지 / 메시지): the spellings share a loanSpellingKey and both write an English word of
 * the source of the segment with the rarer one. The spelling used fewer times (on a tie, the later
 * one) is reported where it stands. The document's words are counted once (each distinct word keyed
 * once); segments are read again only for a key written two ways.
 */
export function loanSpellingPass(
  segments: readonly { id: string; sourceText: string; targetText: string }[],
  docText: string,
  out: Map<string, QaIssue[]>,
  locale: QaLocale,
) {
  const seen = new Map<string, number>(); // word → its first offset
  // Runs of two Hangul syllables or more ([가-힣]{2,}), read by code unit.
  for (let i = 0; i < docText.length;) {
    if (!isSyllable(docText.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < docText.length && isSyllable(docText.charCodeAt(i))) i++;
    if (i - start < 2) continue;
    const word = docText.slice(start, i);
    if (!seen.has(word)) seen.set(word, start);
  }
  // key → spelling → [times used, first offset]
  const byKey = new Map<string, Map<string, [number, number]>>();
  for (const [word, at] of seen) {
    const stem = stems(word)[0]!.stem;
    if (stem.length < 2 || stem.length > 8) continue;
    let key = spellingKeys.get(stem);
    if (key === undefined) {
      if (spellingKeys.size > 100_000) spellingKeys.clear();
      spellingKeys.set(stem, (key = loanSpellingKey(stem)));
    }
    if (key.length < 3) continue;
    let forms = byKey.get(key);
    if (!forms) byKey.set(key, (forms = new Map()));
    const f = forms.get(stem);
    if (f) f[1] = Math.min(f[1], at);
    else forms.set(stem, [0, at]);
  }
  const twoWays = [...byKey.values()].filter((f) => f.size >= 2);
  if (!twoWays.length) return;
  // Occurrences of the spellings written two ways, segment by segment.
  const where = new Map<string, { id: string; start: number }[]>();
  for (const f of twoWays) for (const w of f.keys()) where.set(w, []);
  for (const s of segments)
    for (const { stem, start } of stems(s.targetText)) {
      const list = where.get(stem);
      if (list) list.push({ id: s.id, start });
    }
  const sources = new Map(segments.map((s) => [s.id, s.sourceText]));
  for (const forms of twoWays) {
    const ranked = [...forms.keys()].sort((a, b) => where.get(b)!.length - where.get(a)!.length || forms.get(a)![1] - forms.get(b)![1]);
    const usual = ranked[0]!;
    for (const v of ranked.slice(1))
      for (const x of where.get(v)!) {
        const english = (sources.get(x.id) ?? '').toLowerCase().match(/[a-z]{4,}/g) ?? [];
        const e = english.find((w) => transliterates(v, w) && transliterates(usual, w));
        if (!e) continue;
        const list = out.get(x.id) ?? [];
        if (list.some((i) => i.targetSpan?.start === x.start)) continue;
        const related = where.get(usual)!.find((u) => u.id !== x.id)?.id ?? x.id;
        list.push(twoRenderingsIssue(locale, e, e, v, usual, x.start, related));
        out.set(x.id, list);
      }
  }
}
