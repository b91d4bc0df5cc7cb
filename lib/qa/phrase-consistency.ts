// One English phrase translated two ways in one document (joint military drills → 연합군사훈련 in
// one paragraph, 합동군사훈련 in another): consistency at the phrase level, without a glossary.
// For every two-word English phrase that several segments share, the Korean words (particles
// stripped) or word pairs that all the other segments with the phrase share are its rendering;
// a segment that lacks that rendering but has a look-alike — the same word with a different
// front (연합/합동군사훈련) or head (연합군사훈련/연합군사연습, two thirds of the syllables
// shared), a longer -적 form (인도적/인도주의적; other shortened forms such as 연합훈련 are a
// choice), or the same pair of adjacent nouns with one word changed for a same-length word sharing
// a Sino-Korean syllable (식량 지원/식량 원조; never an adnominal verb form: 대화/대한) — that no
// other segment with the phrase uses, gets a warning.
import type { DocumentCheck } from './check';
import { isBlank, makeIssue, q } from './shared';
import type { QaIssue, QaLocale } from './types';
import { PARTICLE_PAIRS, particleFor } from '../names/particles';
import {
  hangulLoanKey,
  loanKeys,
  loanSpellingKey,
  MODIFIER_SYNONYMS,
  NEAR_SYNONYMS,
  SENSE_SYNONYMS,
  relatedRenderings,
  transliterates,
  WORD_SYNONYMS,
} from './phrase-synonyms';
import { ordinalFindings } from './phrase-ordinals';
import {
  CURATED,
  headSwap,
  lookAlike,
  modifierSwap,
  senseSwap,
  transliterated,
  VERB_LIKE,
  verbLike,
  wordSynonymSwap,
} from './phrase-lookalike';

const ID = 'phrase-consistency';
// A phrase in more segments than this is a topic word (North Korea, the talks), not a term to check.
const MAX_GROUP = 12;
const STOP = new Set(
  (
    'the a an and or but of to in on at by for with from as is are was were be been being has have had do does did ' +
    'that this these those it its it’s they them their he his she her we our you your i not no so if than then there which who whom ' +
    'what when where why how all any each some such more most other also only very can could would should will may might must said says ' +
    'say one two new its into over about after before since while during between against under up down out off just own same both ' +
    'whether though although because until unless however ' +
    'north south korea korean koreas seoul pyongyang year month week day time people government'
  ).split(' '),
);
// Longest first: a word loses at most one particle.
const PARTICLES =
  '으로부터 에서는 에게는 으로는 으로서 으로써 이라는 에서 에게 까지 부터 보다 처럼 으로 라는 이다 에는 에도 과의 와의 의 은 는 이 가 을 를 과 와 에 도 만 로'.split(
    ' ',
  );

// The particles by their last syllable, longest first.
const PARTICLE_ENDS = new Map<number, string[]>();
for (const p of PARTICLES) {
  const c = p.charCodeAt(p.length - 1);
  PARTICLE_ENDS.set(c, [...(PARTICLE_ENDS.get(c) ?? []), p]);
}

const isSyllable = (c: number) => c >= 0xac00 && c <= 0xd7a3;

function stems(text: string): { stem: string; start: number; end: number }[] {
  const out: { stem: string; start: number; end: number }[] = [];
  // Runs of Hangul syllables ([가-힣]+), read by code unit: no match objects on every word.
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c < 0xac00 || c > 0xd7a3) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && text.charCodeAt(i) >= 0xac00 && text.charCodeAt(i) <= 0xd7a3) i++;
    const word = text.slice(start, i);
    let w = word;
    // Only the particles ending in the word's last syllable are tried.
    if (w.length >= 2)
      for (const p of PARTICLE_ENDS.get(w.charCodeAt(w.length - 1)) ?? []) {
        if (w.length <= p.length || !w.endsWith(p)) continue;
        // The longest particle the word ends with, or none: 봄으로 is 봄 + 으로 (one syllable left),
        // never 봄으 + 로. A one-syllable particle leaves two syllables at least (나이 is no 나 + 이).
        if (w.length >= p.length + 2 || (p.length >= 2 && w.length === p.length + 1)) w = w.slice(0, -p.length);
        break;
      }
    out.push({ stem: w, start, end: start + word.length });
  }
  return out;
}

// English two-word phrases as numbers (a 26-bit hash per word), so the document pass builds no
// strings; the phrase's text is read back from its first occurrence when an issue is reported.
const WORD_BITS = 67108864;
function wordHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (text.charCodeAt(i) | 32), 0x01000193);
  return (h >>> 0) % WORD_BITS;
}
const STOP_HASHES = new Set([...STOP].map((w) => wordHash(w, 0, w.length)));
// Words that modify the noun after them and end no noun phrase (next, last, former …): an "of"
// before one of them does not join it to the word before (half of next year is no “half of next”).
const MODIFIER_HASHES = new Set(
  'next last previous following coming current recent early late former latter several many whole entire'
    .split(' ')
    .map((w) => wordHash(w, 0, w.length)),
);
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 39 || c === 8217;

interface PhraseAt {
  text: string;
  start: number;
  end: number;
}

// Countries before a phrase name whose thing it is: “Japan's Foreign Ministry” (외무성) and “foreign
// ministry officials” of Seoul (외교부) are two ministries, not one phrase translated two ways.
const COUNTRY_HASHES = new Set(
  (
    'japan japanese china chinese korea korean america american russia russian taiwan taiwanese britain british france ' +
    'french germany german india indian pyongyang seoul tokyo beijing washington moscow'
  )
    .split(' ')
    .map((w) => wordHash(w, 0, w.length)),
);

// How often each single word occurs in the document (by its hash, folded into a small table: a
// collision only makes a word look more frequent). A word in more segments than a synonym group
// holds is never a key, so a long document of repeated topic words builds no single-word groups.
const SINGLE_MASK = (1 << 18) - 1;
const singleCount = new Uint16Array(SINGLE_MASK + 1);

function englishPhrases(text: string, first: Map<number, PhraseAt>, qualifiers?: Map<number, number>, singles?: number[]): Set<number> {
  const out = new Set<number>();
  let prev = -1;
  let prevStart = 0;
  // The last word read (stop words included) and the country word before the previous word, if any.
  let last = -1;
  let prevQualifier = 0;
  // The previous word was followed by an "of" (the phrase is read across it).
  let acrossOf = false;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) {
      // Digits and other marks break a phrase; spaces and commas do not matter here.
      if (c !== 32) {
        prev = last = -1;
        acrossOf = false;
      }
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
    // A plural -s is folded into the word (drills = drill).
    // A possessive 's folds too (England's = England).
    // A plural possessive's apostrophe goes first (plaintiffs' = plaintiffs).
    const w = text.charCodeAt(i - 1) === 39 || text.charCodeAt(i - 1) === 8217 ? i - 1 : i;
    const apos = w - start > 3 && (text.charCodeAt(w - 2) === 39 || text.charCodeAt(w - 2) === 8217);
    const end = (text.charCodeAt(w - 1) | 32) === 115 && w - start > 3 ? (apos ? w - 2 : w - 1) : w;
    const h = i - start >= 3 ? wordHash(text, start, end) : -1;
    // "Bank of England", "Ministry of Unification": the phrase is read across an "of".
    if (prev >= 0 && i - start === 2 && (text.charCodeAt(start) | 32) === 111 && (text.charCodeAt(start + 1) | 32) === 102) {
      acrossOf = true;
      continue;
    }
    const before = last;
    last = h;
    if (h < 0 || STOP_HASHES.has(h)) {
      prev = -1;
      acrossOf = false;
      continue;
    }
    // Across an "of", the next word is the noun the phrase ends on; a word that only modifies the
    // noun after it (half of next year, the start of last season) starts a phrase of its own.
    if (acrossOf && MODIFIER_HASHES.has(h)) prev = -1;
    acrossOf = false;
    // A single content word too, as a negative key (hash, start, end), made a key once the whole
    // document is counted.
    if (singles && end - start >= 4) {
      singles.push(h, start, end);
      if (singleCount[h & SINGLE_MASK]! < 65535) singleCount[h & SINGLE_MASK]!++;
      if (qualifiers && COUNTRY_HASHES.has(before) && !qualifiers.has(-1 - h)) qualifiers.set(-1 - h, before);
    }
    if (prev >= 0) {
      const key = prev * WORD_BITS + h;
      out.add(key);
      if (!first.has(key)) first.set(key, { text, start: prevStart, end });
      if (qualifiers && prevQualifier !== 0 && !qualifiers.has(key)) qualifiers.set(key, prevQualifier);
    }
    prevQualifier = COUNTRY_HASHES.has(before) ? before : 0;
    prev = h;
    prevStart = start;
  }
  return out;
}

// A segment's words for the synonym pass: stems, a plural without -들 (용접사들 → 용접사), and the
// noun of a 하다/되다/받다 verb (납품됐다, 인도받는 → 납품, 인도).
const VERB_AFTER_NOUN = /^(?:됐|된|되|돼|될|받|했|한|하|해|할|시키|시켜|시킨)/;
function wordsOf(target: string): string[] {
  const out = new Set<string>();
  for (const { stem } of stems(target)) {
    if (stem.length < 2) continue;
    out.add(stem);
    if (stem.length >= 3 && stem.endsWith('들')) out.add(stem.slice(0, -1));
    for (let i = 2; i <= 4 && i < stem.length; i++)
      if (VERB_AFTER_NOUN.test(stem.slice(i))) {
        out.add(stem.slice(0, i));
        break;
      }
  }
  return [...out];
}

const inBrackets = (text: string, at: number) => {
  const open = text.lastIndexOf('(', at);
  return open >= 0 && text.lastIndexOf(')', at) < open;
};
const twice = (src: string, phrase: string) => src.indexOf(phrase) !== src.lastIndexOf(phrase);

// Words of the near-synonym groups written as two words (신생 기업, 피해자 가족).
const SPACED_WORDS = new Set(NEAR_SYNONYMS.flat().filter((w) => w.includes(' ')));
// Their first words followed by a space (a segment without one has none of them).
const SPACED_FRONT = new RegExp(`(?<![가-힣])(?:${[...new Set([...SPACED_WORDS].map((w) => w.slice(0, w.indexOf(' '))))].join('|')}) `);

// One English word or phrase in up to this many segments is checked for a second rendering.
const MAX_SYNONYM_GROUP = 20;

/**
 * One English word or phrase rendered by one Korean word in the other segments that have it and by
 * a second word of the same meaning here: a near-synonym (대표이사 for 최고경영자), the same trade
 * with another person suffix (용접사 for 용접공) or the English word written in Hangul (야드 for
 * 조선소). The second word is this segment's own (no other segment has it); the usual one is in at
 * least half the other segments (and two thirds for a Hangul-written word) and not in this one —
 * unless the English word comes twice here and a near-synonym stands beside it (이 협정 … 이 조약).
 */
function synonymPass(
  byPhrase: Map<number, SegInfo[]>,
  firstAt: Map<number, PhraseAt>,
  infos: SegInfo[],
  targets: Map<string, string>,
  out: Map<string, QaIssue[]>,
  sources: Map<string, string>,
  locale: QaLocale,
): void {
  // Per segment, read once: its words (joined, so a look-up is one string search) and the words
  // that could be a second rendering — a near-synonym or person-suffix twin of some word, or an
  // English word of the source written in Hangul. Per phrase only those few are tried.
  interface Seg {
    words: string[];
    joined: string;
    related: { v: string; rs: string[] }[];
    loans: { v: string; e: string }[];
  }
  const segs = new Map<SegInfo, Seg>();
  const related = new Map<string, string[]>();
  const segOf = (info: SegInfo): Seg => {
    let seg = segs.get(info);
    if (seg) return seg;
    const words = wordsOf(targets.get(info.id)!);
    const rel: Seg['related'] = [];
    for (const v of words) {
      // A word ending like a verb counts when it is a noun: a shorter word of the segment starts it,
      // or the segment has its plural (기술자들 → 기술자).
      if (VERB_LIKE.test(v) && !words.some((w) => w !== v && v.startsWith(w)) && !words.includes(`${v}들`)) continue;
      let rs = related.get(v);
      if (!rs) related.set(v, (rs = relatedRenderings(v)));
      if (rs.length) rel.push({ v, rs });
    }
    // Two-word entries of the groups (신생 기업 for 스타트업): two adjacent words, the first bare.
    const pairs: string[] = [];
    const st = SPACED_FRONT.test(targets.get(info.id)!) ? stems(targets.get(info.id)!) : [];
    st.forEach((w, i) => {
      const next = st[i + 1];
      if (!next || next.start !== w.end + 1 || w.end - w.start !== w.stem.length) return;
      const pair = `${w.stem} ${next.stem}`;
      if (SPACED_WORDS.has(pair) && !pairs.includes(pair)) {
        pairs.push(pair);
        rel.push({ v: pair, rs: relatedRenderings(pair) });
      }
    });
    seg = {
      words,
      joined: `\n${[...words, ...pairs].join('\n')}`,
      related: rel,
      loans: loansOf(sources.get(info.id) ?? '', targets.get(info.id)!, words),
    };
    segs.set(info, seg);
    return seg;
  };
  // A word of three syllables or more counts inside a compound too (군사훈련 in 연합군사훈련).
  const has = (info: SegInfo, r: string) => segOf(info).joined.includes(r.length >= 3 ? r : `\n${r}`);
  const picked = new Map<
    string,
    { x: SegInfo; fit: number; start: number; v: string; r: string; phrase: string; shown: string; related: string }
  >();
  const docCount = new Map<string, number>();
  const segmentsWith = (v: string) => {
    let n = docCount.get(v);
    if (n === undefined) docCount.set(v, (n = infos.filter((i) => has(i, v)).length));
    return n;
  };
  for (const [key, group] of byPhrase) {
    if (group.length < 2 || group.length > MAX_SYNONYM_GROUP) continue;
    const at = firstAt.get(key)!;
    const phrase = at.text.slice(at.start, at.end).toLowerCase().replace(/\s+/g, ' ');
    for (const x of group) {
      const seg = segOf(x);
      if (!seg.related.length && !seg.loans.length) continue;
      if (out.get(x.id)?.some((i) => i.key === `${ID}:${phrase}`)) continue;
      // Countries before the phrase do not matter here (Korean yards, Chinese yards: 조선소 both).
      const others = group.filter((g) => g !== x);
      const src = (sources.get(x.id) ?? '').toLowerCase();
      let found: { v: string; r: string } | undefined;
      for (const { v, rs } of seg.related) {
        for (const r of rs) {
          // Spacing aside, the same word (정상 회담 / 정상회담): not a second word.
          if (r.replace(/ /g, '') === v.replace(/ /g, '')) continue;
          const support = others.filter((o) => has(o, r)).length;
          if (support === 0 || support * 2 < others.length) continue;
          if (has(x, r) && !(twice(src, phrase) && seg.words.includes(r))) continue;
          if (segmentsWith(v) !== 1) continue;
          found = { v, r };
          break;
        }
        if (found) break;
      }
      const english = phrase.split(' ');
      const loan = found ? undefined : seg.loans.find((l) => english.includes(l.e) && segmentsWith(l.v) === 1);
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
  for (const { x, start, v, r, phrase, shown, related } of picked.values()) {
    const list = out.get(x.id) ?? [];
    // Already reported at this word by the look-alike pass, or for this phrase.
    if (list.some((i) => i.targetSpan?.start === start || i.key === `${ID}:${phrase}`)) continue;
    list.push(twoRenderingsIssue(locale, phrase, shown, v, r, start, related));
    out.set(x.id, list);
  }
}

/** “phrase” rendered as `variant` here (at `start`) but as `usual` in `related` and elsewhere. */
function twoRenderingsIssue(
  locale: QaLocale,
  phrase: string,
  shown: string,
  variant: string,
  usual: string,
  start: number,
  related: string,
): QaIssue {
  return makeIssue(ID, locale, {
    severity: 'warning',
    key: phrase,
    targetSpan: { start, end: start + variant.length },
    relatedSegmentId: related,
    message: {
      en: `${q(shown)} is translated as ${q(variant)} here but as ${q(usual)} elsewhere in the document.`,
      ko: `${q(shown)}: 여기서는 ${q(variant)}, 문서의 다른 곳에서는 ${q(usual)}${particleFor(usual, PARTICLE_PAIRS.direction)} 번역되었습니다.`,
    },
  });
}

/** The phrase as the text writes it, its last word whole (families, not the folded “familie”). */
function shownPhrase(at: PhraseAt): string {
  let end = at.end;
  while (end < at.text.length && /[A-Za-z]/.test(at.text[end]!)) end++;
  return at.text.slice(at.start, end).toLowerCase().replace(/\s+/g, ' ');
}

/**
 * English words of the source (common words: lower case) written in Hangul in the target (야드 for
 * “yard”), no gloss in brackets (강재 절단(스틸 커팅)); each English word also without its plural -s.
 */
function loansOf(source: string, target: string, words: string[]): { v: string; e: string }[] {
  const english = new Set<string>();
  for (const m of source.matchAll(/(?<![A-Za-z'’-])[a-z]{4,30}(?![A-Za-z'’-])/g)) {
    english.add(m[0]);
    if (m[0].length > 4 && m[0].endsWith('s')) english.add(m[0].slice(0, -1));
  }
  if (!english.size) return [];
  const byKey = new Map<string, string[]>();
  for (const e of english)
    for (const k of loanKeys(e)) {
      const list = byKey.get(k);
      if (list) list.push(e);
      else byKey.set(k, [e]);
    }
  const out: { v: string; e: string }[] = [];
  for (const v of words) {
    if (v.length > 8 || VERB_LIKE.test(v)) continue;
    for (const e of byKey.get(hangulLoanKey(v)) ?? [])
      if (transliterates(v, e) && !inBrackets(target, target.indexOf(v))) out.push({ v, e });
  }
  return out;
}

// Each word of a near-synonym group, with its group (words kept whole: 지원 is not 지원금).
const GROUP_WORDS = new Map<string, readonly string[]>();
for (const g of NEAR_SYNONYMS) for (const w of g) if (!w.includes(' ')) GROUP_WORDS.set(w, g);

/**
 * Two words of one near-synonym group in one paragraph (기금이 2056년에 소진될 … 고갈 시점이
 * 2071년으로): one thing named two ways within a few lines, the later word reported. No paragraph
 * of our clean translations (655: lib/qa/testing, fixtures, bench/spell/texts, bench/align/news)
 * uses two words of one group.
 */
function sameParagraphPass(segments: readonly { id: string; targetText: string }[], out: Map<string, QaIssue[]>, locale: QaLocale) {
  for (const s of segments) {
    if (isBlank(s.targetText)) continue;
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
function loanSpellingPass(
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

interface SegInfo {
  id: string;
  phrases: Set<number>;
  /** Per phrase, the country word before it (Japan's Foreign Ministry), or 0. */
  qualifiers: Map<number, number>;
  renderings: Map<string, number>; // stem or "stem stem" → offset
}

export const phraseConsistencyCheck: DocumentCheck = {
  id: ID,
  scope: 'document',
  run(segments, ctx) {
    const out = new Map<string, QaIssue[]>();
    const isNoun = ctx.isNoun ?? (() => false);
    const infos: SegInfo[] = [];
    const byPhrase = new Map<number, SegInfo[]>();
    const firstAt = new Map<number, PhraseAt>();
    // One English word is compared only when the document's Korean uses two words of a curated group.
    const docKo = ctx.docText?.() ?? segments.map((s) => s.targetText).join('\n');
    const curatedPair = [...WORD_SYNONYMS, ...MODIFIER_SYNONYMS, ...SENSE_SYNONYMS].some(
      (g) => g.filter((w) => docKo.includes(w)).length >= 2,
    );
    singleCount.fill(0);
    const singlesOf: { text: string; at: number[] }[] = [];
    for (const s of segments) {
      if (isBlank(s.targetText) || !/[가-힣]/.test(s.targetText)) continue;
      const qualifiers = new Map<number, number>();
      const at: number[] = [];
      const info: SegInfo = {
        id: s.id,
        phrases: englishPhrases(s.sourceText, firstAt, qualifiers, at),
        qualifiers,
        renderings: new Map(),
      };
      infos.push(info);
      singlesOf.push({ text: s.sourceText, at });
      for (const p of info.phrases) {
        const list = byPhrase.get(p);
        if (list) list.push(info);
        else byPhrase.set(p, [info]);
      }
    }
    // Single words, now that the document is counted (occurrences: at most twice a group's size).
    infos.forEach((info, n) => {
      const { text, at } = singlesOf[n]!;
      for (let i = 0; i < at.length; i += 3) {
        const h = at[i]!;
        const key = -1 - h;
        if (singleCount[h & SINGLE_MASK]! > 2 * MAX_SYNONYM_GROUP || info.phrases.has(key)) continue;
        info.phrases.add(key);
        if (!firstAt.has(key)) firstAt.set(key, { text, start: at[i + 1]!, end: at[i + 2]! });
        const list = byPhrase.get(key);
        if (list) list.push(info);
        else byPhrase.set(key, [info]);
      }
    });
    const targets = new Map(segments.map((s) => [s.id, s.targetText]));
    const sourceById = new Map(segments.map((s) => [s.id, s.sourceText]));
    const sourceOf = (id: string) => sourceById.get(id) ?? '';
    // How many segments of the document use each rendering (filled as segments are read).
    const docCount = new Map<string, number>();
    const rendered = (info: SegInfo) => {
      if (info.renderings.size === 0) {
        const st = stems(targets.get(info.id)!);
        st.forEach((x, i) => {
          if (x.stem.length >= 2 && !info.renderings.has(x.stem)) info.renderings.set(x.stem, x.start);
          // A plural of a curated word (원고들) also renders the word (원고).
          const singular = x.stem.length >= 3 && x.stem.endsWith('들') ? x.stem.slice(0, -1) : '';
          if (singular && CURATED.has(singular) && !info.renderings.has(singular)) info.renderings.set(singular, x.start);
          const next = st[i + 1];
          // Word pairs only of two adjacent words (one space between: no digit, mark or sentence end),
          // the first one bare (식량 지원): a first word with a particle (회사는 내년, 발사를 앞둔)
          // ends its own phrase, so the two render no phrase together.
          if (next && next.start === x.end + 1 && x.end - x.start === x.stem.length && !info.renderings.has(`${x.stem} ${next.stem}`))
            info.renderings.set(`${x.stem} ${next.stem}`, x.start);
        });
        for (const r of info.renderings.keys()) docCount.set(r, (docCount.get(r) ?? 0) + 1);
      }
      return info.renderings;
    };
    // Renderings are only compared once every segment with a shared phrase has been read.
    for (const group of byPhrase.values()) if (group.length >= 2 && group.length <= MAX_GROUP) group.forEach(rendered);
    for (const [phraseKey, group] of byPhrase) {
      if (group.length < 2 || group.length > MAX_GROUP || (phraseKey < 0 && !curatedPair)) continue;
      for (const x of group) {
        const others = group.filter((g) => g !== x);
        // One country's ministry beside another's (or an unqualified one): two things, not one phrase.
        const qualifier = x.qualifiers.get(phraseKey) ?? 0;
        if (others.some((o) => (o.qualifiers.get(phraseKey) ?? 0) !== qualifier)) continue;
        const first = rendered(others[0]!);
        // Nouns this segment shares with every other segment of the phrase and with no other segment
        // of the document (아파트값 for "apartment prices" in both): the phrase's rendering is kept,
        // and a look-alike away from it (주택담보대출 beside 가계대출 elsewhere in the paragraph) is
        // another phrase's word. One next to it (고위급 대화 / 고위급 회담) is still reported.
        const kept = [...rendered(x).keys()].filter(
          (r) =>
            !r.includes(' ') &&
            r.length >= 3 &&
            !VERB_LIKE.test(r) &&
            docCount.get(r) === group.length &&
            others.every((o) => rendered(o).has(r)),
        );
        // The phrase's rendering: in every other segment with the phrase and (for word pairs) nowhere else.
        const shared = [...first.keys()].filter(
          (r) => !rendered(x).has(r) && others.every((o) => rendered(o).has(r)) && (!r.includes(' ') || docCount.get(r) === others.length),
        );
        for (const r of shared) {
          // The look-alike: used by this segment only.
          const single = phraseKey < 0;
          // For one English word, only a rendering of the curated groups is compared.
          if (
            single &&
            !WORD_SYNONYMS.some((g) => g.some((w) => r.includes(w))) &&
            !MODIFIER_SYNONYMS.some((g) => g.includes(r.split(' ')[0]!)) &&
            !SENSE_SYNONYMS.some((g) => g.includes(r))
          )
            continue;
          if (!single && !r.includes(' ') && !(isNoun(r) || /적$/.test(r) || (r.length >= 4 && !VERB_LIKE.test(r)))) continue;
          const at = firstAt.get(phraseKey)!;
          const phrase = at.text.slice(at.start, at.end).toLowerCase().replace(/\s+/g, ' ');
          // The look-alike is this segment's own, or shared with at most one segment without the
          // phrase (수출 규제 for "export curbs" elsewhere does not make it this phrase's rendering).
          const variant = [...rendered(x).keys()].find(
            (v) =>
              (docCount.get(v) === 1 || (docCount.get(v) === 2 && !others.some((o) => rendered(o).has(v)))) &&
              !verbLike(v.slice(v.lastIndexOf(' ') + 1), isNoun) &&
              (single
                ? wordSynonymSwap(r, v) || modifierSwap(r, v) || (others.length >= 2 && senseSwap(r, v))
                : lookAlike(r, v, isNoun) ||
                  modifierSwap(r, v) ||
                  transliterated(r, v, phrase) ||
                  wordSynonymSwap(r, v) ||
                  headSwap(r, v, phrase, sourceOf(x.id))),
          );
          if (!variant) continue;
          const own = rendered(x);
          if (kept.length && kept.every((k) => !variant.includes(k) && !own.has(`${k} ${variant}`) && !own.has(`${variant} ${k}`)))
            continue;
          const start = rendered(x).get(variant)!;
          const list = out.get(x.id) ?? [];
          // Once per phrase, and once per word (another English word of the same segments: one report).
          if (list.some((i) => i.key === `${ID}:${phrase}` || i.targetSpan?.start === start)) continue;
          list.push(twoRenderingsIssue(ctx.locale, phrase, shownPhrase(at), variant, r, start, others[0]!.id));
          out.set(x.id, list);
          break;
        }
      }
    }
    synonymPass(byPhrase, firstAt, infos, targets, out, new Map(segments.map((s) => [s.id, s.sourceText])), ctx.locale);
    loanSpellingPass(segments, docKo, out, ctx.locale);
    sameParagraphPass(segments, out, ctx.locale);
    for (const f of ordinalFindings(segments, (w) => stems(w)[0]?.stem ?? w)) {
      const list = out.get(f.segmentId) ?? [];
      if (list.some((i) => i.targetSpan?.start === f.start)) continue;
      list.push(twoRenderingsIssue(ctx.locale, f.english, f.english, f.variant, f.usual, f.start, f.relatedSegmentId));
      out.set(f.segmentId, list);
    }
    return out;
  },
};
