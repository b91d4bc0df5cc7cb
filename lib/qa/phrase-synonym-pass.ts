// The synonym pass of the phrase-consistency check: one English word or phrase rendered by one Korean
// word in most segments and by a near-synonym, a person-suffix twin or the English word written in
// Hangul in one (대표이사 for 최고경영자, 용접사 for 용접공, 야드 for 조선소).
import type { QaIssue, QaLocale } from './types';
import { TextHolders } from './text-holders';
import { type CompiledTerms, findSourceMentions } from './term-matching';
import { hangulLoanKey, loanKeys, relatedRenderings, SYNONYM_GROUPS, transliterates } from './phrase-synonyms';
import { VERB_LIKE } from './phrase-lookalike';
import { NEWS_SYNONYMS } from './phrase-news-synonyms.data';
import { ID, shownPhrase, twoRenderingsIssue } from './phrase-issue';
import { type PhraseAt, type SegInfo, stems, wordsOf } from './phrase-words';
import { englishSet, otherWordsRendered } from './phrase-source-words';

const inBrackets = (text: string, at: number) => {
  const open = text.lastIndexOf('(', at);
  return open >= 0 && text.lastIndexOf(')', at) < open;
};
const twice = (src: string, phrase: string) => src.indexOf(phrase) !== src.lastIndexOf(phrase);

// Words of the near-synonym groups written as two words (신생 기업, 피해자 가족).
const SPACED_WORDS = new Set(SYNONYM_GROUPS.flat().filter((w) => w.includes(' ')));
// Their first words followed by a space (a segment without one has none of them).
const SPACED_FRONT = new RegExp(`(?<![가-힣])(?:${[...new Set([...SPACED_WORDS].map((w) => w.slice(0, w.indexOf(' '))))].join('|')}) `);

// The news-synonym words (all nouns: one ending like a verb, 족자 or 도록, is still a noun).
const NEWS_NOUNS = new Set(NEWS_SYNONYMS.flat());

// Words before an English word that do not qualify it (articles, possessives, prepositions).
const NOT_QUALIFIERS = new Set(
  'the a an this that these those its his her their our my your of to in on for with by from at and or some any all such million billion thousand hundred dozen few many more most other same several both'.split(
    ' ',
  ),
);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The word before the phrase in this English (lower-cased), when it qualifies it and no other segment's English has it there. */
function ownQualifier(src: string, phrase: string, others: readonly string[], hyphened = false): boolean {
  // A modifier, not a verb with its object (has tickets): the word stands after a determiner or a
  // number (a hanging scroll, the timed tickets) or opens the sentence (Admission tickets are …).
  const re = new RegExp(
    `(?:^|[.!?:;"“‘'(]\\s*|(?<![a-z])(?:a|an|the|this|that|these|those|its|his|her|their|our|my|your|each|every|one|two|three|four|five|\\d+)\\s+)([a-z]+)[ -]${escapeRe(phrase)}(?:e?s)?(?![a-z])`,
    'g',
  );
  // Also a compound modifier anywhere (high-speed trains); with `hyphened`, only that.
  const compound = new RegExp(`(?<![a-z])[a-z]+-([a-z]+) ${escapeRe(phrase)}(?:e?s)?(?![a-z])`, 'g');
  const before = [...(hyphened ? [] : src.matchAll(re)), ...src.matchAll(compound)].map((m) => m[1]!).filter((w) => !NOT_QUALIFIERS.has(w));
  if (!before.length || src.split(phrase).length - 1 > before.length) return false;
  // Whatever the word, another segment's English with it before the phrase makes it no qualifier of this one's.
  return before.every((w) => !others.some((o) => o.includes(`${w} ${phrase}`) || o.includes(`${w}-${phrase}`)));
}

// Suffixes of a group, a side or a post (단 團, 원 員, 진 陣, 측 側, 장 長, 회 會, 국 局).
const GROUP_SUFFIX = '단원진측장회국';

// One English word or phrase in up to this many segments is checked for a second rendering.
export const MAX_SYNONYM_GROUP = 20;

/**
 * One English word or phrase rendered by one Korean word in the other segments that have it and by
 * a second word of the same meaning here: a near-synonym (대표이사 for 최고경영자), the same trade
 * with another person suffix (용접사 for 용접공) or the English word written in Hangul (야드 for
 * 조선소). The second word is this segment's own (no other segment has it); the usual one is in at
 * least half the other segments (and two thirds for a Hangul-written word) and not in this one —
 * unless the English word comes twice here and a near-synonym stands beside it (이 협정 … 이 조약).
 */
export function synonymPass(
  byPhrase: Map<number, SegInfo[]>,
  firstAt: Map<number, PhraseAt>,
  infos: SegInfo[],
  targets: Map<string, string>,
  out: Map<string, QaIssue[]>,
  sources: Map<string, string>,
  locale: QaLocale,
  terms?: CompiledTerms,
): void {
  // Per segment, read once: its words (joined, so a look-up is one string search) and the words
  // that could be a second rendering — a near-synonym or person-suffix twin of some word, or an
  // English word of the source written in Hangul. Per phrase only those few are tried.
  interface Seg {
    words: string[];
    joined: string;
    related: { v: string; rs: string[] }[];
    /** `related` less the glossary's own words and the same word spaced otherwise (read once). */
    usable: { v: string; rs: string[] }[];
    loans: { v: string; e: string }[];
  }
  const segs = new Map<SegInfo, Seg>();
  // Loan keys of the document's words, read once per word (a romanisation each: the costly part).
  const loanKeyOf = new Map<string, string>();
  const englishLoanKeys = new Map<string, string[]>();
  const related = new Map<string, string[]>();
  // A segment's words and two-word entries, joined (read for every segment: the look-ups below).
  const wordsRead = new Map<SegInfo, { words: string[]; pairs: string[]; joined: string }>();
  const wordsOfInfo = (info: SegInfo) => {
    let w = wordsRead.get(info);
    if (w) return w;
    const words = wordsOf(targets.get(info.id)!);
    // Two-word entries of the groups (신생 기업 for 스타트업): two adjacent words, the first bare.
    const pairs: string[] = [];
    const st = SPACED_FRONT.test(targets.get(info.id)!) ? stems(targets.get(info.id)!) : [];
    st.forEach((x, i) => {
      const next = st[i + 1];
      if (!next || next.start !== x.end + 1 || x.end - x.start !== x.stem.length) return;
      const pair = `${x.stem} ${next.stem}`;
      if (SPACED_WORDS.has(pair) && !pairs.includes(pair)) pairs.push(pair);
    });
    wordsRead.set(info, (w = { words, pairs, joined: `\n${[...words, ...pairs].join('\n')}` }));
    return w;
  };
  const segOf = (info: SegInfo): Seg => {
    let seg = segs.get(info);
    if (seg) return seg;
    const { words, pairs, joined } = wordsOfInfo(info);
    const rel: Seg['related'] = [];
    for (const v of words) {
      // A word ending like a verb counts when it is a noun: a shorter word of the segment starts it,
      // or the segment has its plural (기술자들 → 기술자).
      // So does a noun of the news-synonym groups, which are nouns (족자, 도록, 노숙자).
      if (VERB_LIKE.test(v) && !NEWS_NOUNS.has(v) && !words.some((w) => w !== v && v.startsWith(w)) && !words.includes(`${v}들`)) continue;
      let rs = related.get(v);
      if (!rs) related.set(v, (rs = relatedRenderings(v)));
      if (rs.length) rel.push({ v, rs });
    }
    for (const pair of pairs) rel.push({ v: pair, rs: relatedRenderings(pair) });
    const usable = rel.flatMap(({ v, rs }) => {
      // The glossary's own word (or its stem) is never the second rendering.
      if (glossaryWords.some((t) => t === v || (t.length === v.length + 1 && t.startsWith(v)))) return [];
      // Spacing aside, the same word (정상 회담 / 정상회담): not a second word.
      const other = rs.filter((r) => r.replace(/ /g, '') !== v.replace(/ /g, ''));
      return other.length ? [{ v, rs: other }] : [];
    });
    seg = {
      words,
      joined,
      related: rel,
      usable,
      loans: loansOf(sources.get(info.id) ?? '', targets.get(info.id)!, words, loanKeyOf, englishLoanKeys),
    };
    segs.set(info, seg);
    return seg;
  };
  // A word of three syllables or more counts inside a compound too (군사훈련 in 연합군사훈련).
  const has = (info: SegInfo, r: string) => wordsOfInfo(info).joined.includes(r.length >= 3 ? r : `\n${r}`);
  const picked = new Map<
    string,
    { x: SegInfo; fit: number; start: number; v: string; r: string; phrase: string; shown: string; related: string }
  >();
  const docCount = new Map<string, number>();
  // In how many segments a word stands (one scan of the document's words per word: TextHolders).
  const index = new TextHolders(() => infos.map((i) => wordsOfInfo(i).joined));
  const segmentsWith = (v: string) => {
    let n = docCount.get(v);
    if (n === undefined) docCount.set(v, (n = index.holders(v.length >= 3 ? v : `\n${v}`).length));
    return n;
  };
  const sourceWordsOf = new Map<string, Set<string>>();
  const sourceWords = (info: SegInfo) => {
    let w = sourceWordsOf.get(info.id);
    if (!w) sourceWordsOf.set(info.id, (w = englishSet(sources.get(info.id) ?? '')));
    return w;
  };
  // A word of the document with a Sino-Korean suffix of a group or a post (교사단 beside 교사,
  // 위원장 beside 위원): a Korean compound, not an English word written in Hangul (교사단 is no “question”).
  const suffixedWord = (v: string) =>
    v.length >= 3 && GROUP_SUFFIX.includes(v[v.length - 1]!) && infos.some((i) => wordsOfInfo(i).words.includes(v.slice(0, -1)));
  const glossaryWords = (terms?.list ?? []).flatMap((t) => (t.term.kind === 'NAME' ? [] : t.targets.filter((w) => w.length >= 3)));
  for (const [key, group] of byPhrase) {
    if (group.length < 2 || group.length > MAX_SYNONYM_GROUP) continue;
    const at = firstAt.get(key)!;
    const phrase = at.text.slice(at.start, at.end).toLowerCase().replace(/\s+/g, ' ');
    for (const x of group) {
      const seg = segOf(x);
      if (!seg.usable.length && !seg.loans.length) continue;
      if (out.get(x.id)?.some((i) => i.key === `${ID}:${phrase}`)) continue;
      // Countries before the phrase do not matter here (Korean yards, Chinese yards: 조선소 both).
      const others = group.filter((g) => g !== x);
      const src = (sources.get(x.id) ?? '').toLowerCase();
      let found: { v: string; r: string } | undefined;
      const english0 = phrase.split(' ');
      for (const { v, rs } of seg.usable) {
        for (const r of rs) {
          const support = others.filter((o) => has(o, r)).length;
          // A compound with one part swapped (임상실험 for 임상시험: the same front of two syllables)
          // needs two other segments with the usual one, not half: the others may render the English
          // word more briefly (임상 for “trial”).
          const compound = support >= 2 && v.length >= 4 && r.length >= 4 && v.slice(0, 2) === r.slice(0, 2);
          if (support === 0 || (support * 2 < others.length && !compound)) continue;
          if (has(x, r) && !(twice(src, phrase) && seg.words.includes(r))) continue;
          // The second word is this segment's own; for a phrase of two English words that every other
          // segment with it renders one way (heavy rain → 폭우), its own among them (호우 may render
          // “rainfall” elsewhere: the same two words rendered two ways still are).
          if (segmentsWith(v) !== 1 && !((key >= 0 || others.length >= 3) && support === others.length && !others.some((o) => has(o, v))))
            continue;
          // The usual word renders another English word that every other sentence (not a headline)
          // with it has and this one lacks (관광객 for “visitors”, where this one says “travellers”),
          // while the phrase keeps a rendering of its own here and in every other sentence (분담금).
          const sentence = (o: SegInfo) => /[.!?"”’)]\s*$/.test(sources.get(o.id) ?? '');
          const withR = others.filter((o) => has(o, r) && sentence(o));
          if (
            withR.length >= 2 &&
            otherWordsRendered(withR, x, english0, sourceWords) &&
            seg.words.some((k) => k !== v && k.length >= 3 && !VERB_LIKE.test(k) && others.every((o) => !sentence(o) || has(o, k)))
          )
            continue;
          // One other segment with the usual word, which the document uses in more than six segments
          // (관광객 in eight paragraphs for visitors, arrivals and travellers): the document's general
          // word, not the phrase's rendering.
          if (support === 1 && segmentsWith(r) > 6) continue;
          found = { v, r };
          break;
        }
        if (found) break;
      }
      // A word here qualifies the English word as no other segment's does (a hanging scroll, admission
      // tickets): maybe another thing, rightly another word.
      // Or every other one with the usual word has a compound modifier (KTX high-speed trains: 열차).
      const lower = (o: SegInfo) => (sources.get(o.id) ?? '').toLowerCase();
      const withUsual = found ? others.filter((o) => has(o, found!.r)) : [];
      if (
        found &&
        (ownQualifier(src, phrase, others.map(lower)) ||
          (withUsual.length > 0 && withUsual.every((o) => ownQualifier(lower(o), phrase, [src], true))))
      )
        found = undefined;
      const english = phrase.split(' ');
      const loan = found ? undefined : seg.loans.find((l) => english.includes(l.e) && segmentsWith(l.v) === 1 && !suffixedWord(l.v));
      // The English word written in Hangul; the usual rendering: in two thirds of the other segments
      // (three at least), not here, and in no more segments without the phrase than half as many
      // as with it.
      if (loan && others.length >= 3) {
        let best = '';
        let bestN = 0;
        let tie = false;
        const seen = new Set<string>();
        for (const o of others)
          for (const w of segOf(o).words) {
            if (seen.has(w) || VERB_LIKE.test(w) || has(x, w) || transliterates(w, loan.e)) continue;
            seen.add(w);
            // A name's Hangul (서린파트너스 for Seorin Partners, the fund's own name): another referent.
            if (writesName(w, sources.get(o.id) ?? '')) continue;
            const n = others.filter((g) => has(g, w)).length;
            if (n < 3 || n * 3 < others.length * 2 || (segmentsWith(w) - n) * 2 > n || n < bestN) continue;
            // Two words as good (조선소 and 조선소들 count as one): no telling which renders the phrase.
            if (n > bestN) tie = false;
            else if (!w.startsWith(best) && !best.startsWith(w)) tie = true;
            if (n > bestN || w.length < best.length) best = w;
            bestN = n;
          }
        if (best && !tie) found = { v: loan.v, r: best };
      }
      if (!found) continue;
      const v = found.v;
      const front = v.split(' ')[0]!;
      const start = stems(targets.get(x.id)!).find((w) => w.stem.startsWith(front))?.start ?? 0;
      // The English word or phrase whose segments best match the segments with the usual rendering
      // (one odd word is reported once: for “delivered”, not for a name in the same sentences).
      // On a tie, a common word before a name (Karamanli), then the longer, more telling word.
      const withR = others.filter((o) => has(o, found.r)).length;
      const fit =
        withR / (others.length + segmentsWith(found.r) - withR - (has(x, found.r) ? 1 : 0)) +
        (/[A-Z]/.test(at.text[at.start]!) ? 0 : 0.001) +
        Math.min(phrase.length, 30) / 1e5;
      const k = `${x.id}\u0000${start}`;
      const prev = picked.get(k);
      if (!prev || fit > prev.fit)
        picked.set(k, { x, fit, start, v, r: found.r, phrase, shown: shownPhrase(at), related: others.find((o) => has(o, found.r))!.id });
    }
  }
  if (terms?.list.length) glossaryRenderings(terms, infos, segOf, segmentsWith, targets, sources, picked);
  for (const { x, start, v, r, phrase, shown, related } of picked.values()) {
    const list = out.get(x.id) ?? [];
    // Already reported at this word by the look-alike pass, or for this phrase.
    if (list.some((i) => i.targetSpan?.start === start || i.key === `${ID}:${phrase}`)) continue;
    list.push(twoRenderingsIssue(locale, phrase, shown, v, r, start, related));
    out.set(x.id, list);
  }
}

/**
 * English words of the source (common words: lower case) written in Hangul in the target (야드 for
 * “yard”), no gloss in brackets (강재 절단(스틸 커팅)); each English word also without its plural -s.
 */
function loansOf(
  source: string,
  target: string,
  words: string[],
  keys: Map<string, string>,
  englishKeys: Map<string, string[]>,
): { v: string; e: string }[] {
  const english = new Set<string>();
  for (const m of source.matchAll(/(?<![A-Za-z'’-])[a-z]{4,30}(?![A-Za-z'’-])/g)) {
    english.add(m[0]);
    if (m[0].length > 4 && m[0].endsWith('s')) english.add(m[0].slice(0, -1));
  }
  if (!english.size) return [];
  const byKey = new Map<string, string[]>();
  for (const e of english) {
    let ks = englishKeys.get(e);
    if (!ks) englishKeys.set(e, (ks = loanKeys(e)));
    for (const k of ks) {
      const list = byKey.get(k);
      if (list) list.push(e);
      else byKey.set(k, [e]);
    }
  }
  const out: { v: string; e: string }[] = [];
  for (const v of words) {
    if (v.length > 8 || VERB_LIKE.test(v)) continue;
    let key = keys.get(v);
    if (key === undefined) keys.set(v, (key = hangulLoanKey(v)));
    for (const e of byKey.get(key) ?? []) if (transliterates(v, e) && !inBrackets(target, target.indexOf(v))) out.push({ v, e });
  }
  return out;
}

/**
 * A glossary term (not a name) of this segment's English whose Korean the other segments write and
 * this one writes with one part swapped for a near-synonym (수도권광역고속철도 for the glossary's
 * 수도권광역급행철도, “Great Train Express”): the term is the English phrase the report names, before
 * any word the segments merely share (a place name of the same sentences).
 */
function glossaryRenderings(
  terms: CompiledTerms,
  infos: SegInfo[],
  segOf: (info: SegInfo) => { related: { v: string; rs: string[] }[] },
  segmentsWith: (v: string) => number,
  targets: Map<string, string>,
  sources: Map<string, string>,
  picked: Map<string, { x: SegInfo; fit: number; start: number; v: string; r: string; phrase: string; shown: string; related: string }>,
): void {
  // The first segment writing each glossary target (one scan per target, not per mention).
  const firstWith = new Map<string, SegInfo | undefined>();
  for (const x of infos) {
    for (const m of findSourceMentions(terms, sources.get(x.id) ?? '')) {
      if (m.short || m.term.term.kind === 'NAME') continue;
      for (const t of m.term.targets) {
        // Written out in the texts (a word's stem may have lost a final syllable read as a particle).
        if (t.length < 3 || targets.get(x.id)!.includes(t)) continue;
        if (!firstWith.has(t))
          firstWith.set(
            t,
            infos.find((o) => targets.get(o.id)!.includes(t)),
          );
        const other = firstWith.get(t);
        if (!other) continue;
        // The segment's words are read only now: most segments write the terms they mention.
        const seg = segOf(x);
        // The swapped word, or its stem (a final 도 read as a particle: 철도 → 철).
        const hit = seg.related.find(
          ({ v, rs }) => segmentsWith(v) === 1 && rs.some((r) => r === t || (r.length === t.length - 1 && t.startsWith(r))),
        );
        if (!hit) continue;
        const front = hit.v.split(' ')[0]!;
        const text = targets.get(x.id)!;
        const start = stems(text).find((w) => w.stem.startsWith(front))?.start ?? 0;
        // The word as written when its stem lost the syllable the term ends with (…고속철도).
        const v = hit.rs.includes(t) ? hit.v : text.slice(start, start + t.length);
        picked.set(`${x.id}\u0000${start}`, {
          x,
          fit: 2,
          start,
          v,
          r: t,
          phrase: m.term.term.source.toLowerCase(),
          shown: m.text,
          related: other.id,
        });
      }
    }
  }
}

/** The capitalised words of a source inside its sentences (a name's words: Seorin Partners). */
function namesIn(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(?<![A-Za-z'’-])[A-Z][a-z]{2,29}(?![A-Za-z'’-])/g)) {
    const before = source.slice(Math.max(0, m.index! - 3), m.index!);
    if (m.index! > 0 && !/[.!?:"“‘(]\s*$/.test(before) && !out.includes(m[0]) && out.length < 40) out.push(m[0]);
  }
  return out;
}

/** The Korean word starts or ends with the Hangul of a name's word of the source (서린파트너스: 서린, 파트너스). */
export function writesName(word: string, source: string): boolean {
  if (word.length < 2 || word.length > 12) return false;
  const names = namesIn(source);
  if (!names.length) return false;
  for (let k = 2; k <= word.length; k++) {
    const parts = [word.slice(0, k), word.slice(word.length - k)];
    if (names.some((n) => parts.some((p) => transliterates(p, n)))) return true;
  }
  return false;
}
