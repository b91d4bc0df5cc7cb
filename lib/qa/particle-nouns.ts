// Particle agreement after any noun, not only glossary words: 김 위원장는, 합의을, 북한와. Korean has
// no word list here, so a Hangul word ending in a particle form is judged only where the ending
// cannot be anything else, or where the document shows the stem is a noun:
// - always wrong: 를 after a closed syllable (남북를), 와 after a closed syllable (북한와), 으로
//   after an open syllable or ㄹ (합의으로), 을 after an open syllable (합의을) except 마을, 가을 and
//   the ㅅ-irregular verbs (지을, 이을, 나을);
// - wrong when the stem is a known noun: 는 after a closed syllable (verbs: 있는, 받는) and 은/이
//   after an open syllable (names: 김지은; 가까이);
// - wrong only when the document shows the stem with a particle (미국가 after 미국은, 식량로 after
//   식량을, 함경북도과 after 함경북도의): 가, 과, 로, since many nouns end in them after a syllable
//   of the "wrong" kind (기업가, 수사과, 교통로: the endings in particle-own-nouns.ts are never judged, nor a
//   word the document also shows with a particle of its own, 기업가의).
// A stem is a known noun when the document shows it with a particle that verbs never take
// (의, 에, 에서, 도, 까지 …, or an agreeing 이/과/으로 after a closed syllable, 가/는/를/와/로 after
// an open one), when it follows a one-syllable surname or a demonstrative (정 장관, 이 제안), or
// when it ends in a plural 들 or a Sino-Korean noun suffix no verb stem ends in (위원장, 통일부,
// 대변인, 지지율 …; NOUN_SUFFIX_*). Stems ending in clusters only verbs have (있, 없, 않, 닮 …) are
// never nouns.
import { PARTICLE_PAIRS, pickParticle, type ParticlePairName } from '../names/particles';
import { gwaAfterNoun, iAfterNoun, neunAfterNoun } from './particle-lexicon';
import { listedOwnNoun, listedOwnNounAfterNumber, nominalisedGa, oneSyllableNoun } from './particle-own-nouns';
import { agreesInsideBracket, CLOSE_QUOTE, hangulAt, maybeMismatch } from './particle-word-ends';
import { sourceINames, sourceNameEnds, type SourceIName } from './particle-source-words';

const NEUTRAL = [
  '에게서',
  '에서는',
  '에서도',
  '에서',
  '에게',
  '에는',
  '에도',
  '에',
  '의',
  '까지',
  '부터',
  '보다',
  '처럼',
  '께서',
  '마저',
  '조차',
  '이다',
  '이며',
  '이라는',
  '이라고',
  '이었다',
  '라는',
  '라고',
  '였다',
  '도',
  '만',
];
const AFTER_CLOSED = ['으로', '이', '과'];
const AFTER_OPEN = ['가', '는', '를', '와', '로'];
// Final consonant indices (0 none, 8 ㄹ) of ㅆ ㅄ ㄶ ㅀ ㄵ ㄺ ㄻ ㄼ ㄾ ㄿ ㄳ ㄽ ㅎ; nouns end in some too (값, 삯), and take 를/와 (no verb does).
const VERB_FINALS = new Set([20, 18, 6, 15, 5, 9, 10, 11, 13, 14, 3, 12, 27]);
// Common surnames that are not also everyday one-syllable words (배, 한, 안, 주 are left out), and
// the demonstratives 이/그/저.
const SURNAME_OR_DEMONSTRATIVE = new Set('김박최정윤임권황홍곽류노염조강송이그저'.split(''));

// The hot path reads the final consonant straight from the code point (the same arithmetic as
// es-hangul's getJongseong, without building strings): this runs on every word of a document.
const closedOf = (stem: string): { closed: boolean; rieul: boolean; verbish: boolean } | null => {
  const c = stem.charCodeAt(stem.length - 1) - 0xac00;
  if (!(c >= 0 && c < 11172)) return null;
  const f = c % 28;
  return { closed: f !== 0, rieul: f === 8, verbish: VERB_FINALS.has(f) };
};

/**
 * Whether the document shows a stem as a noun, looked up per stem on first use (a handful of
 * stems per document need it), by searching the joined Korean text: the stem at a word start
 * followed by a particle verbs never take (의, 에, 에서, 도, 까지 …, possibly stacked on an
 * agreeing one: 미국과의), by an agreeing 이/과/으로 (closed) or 가/는/를/와 (open), or after a
 * one-syllable surname or a demonstrative (정 장관, 이 제안).
 */
export function nounLookup(texts: readonly string[]): (stem: string) => boolean {
  return memoisedEvidence(texts, false);
}

/** hasNounEvidence over the joined text, per stem on first use. */
function memoisedEvidence(texts: readonly string[], particlesOnly: boolean): (stem: string) => boolean {
  let doc: string | null = null;
  let starts: Map<number, number[]> | null = null;
  const memo = new Map<string, boolean>();
  return (stem) => {
    let v = memo.get(stem);
    if (v === undefined) {
      doc ??= texts.join('\n');
      starts ??= wordStarts(doc);
      v = hasNounEvidence(doc, stem, particlesOnly, starts);
      memo.set(stem, v);
    }
    return v;
  };
}

/** Where each Hangul word of a text starts, by its first syllable (read once per document: a word
 *  asked about is looked for only there, not by a scan of the whole document per word). */
function wordStarts(doc: string): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let i = 0; i < doc.length; i++) {
    if (!hangulAt(doc, i) || hangulAt(doc, i - 1)) continue;
    const c = doc.charCodeAt(i);
    const list = out.get(c);
    if (list) list.push(i);
    else out.set(c, [i]);
  }
  return out;
}

const NEUTRAL_SET = new Set(NEUTRAL);

function agreeing(rest: string, c: { closed: boolean; rieul: boolean }): boolean {
  if (c.closed) return AFTER_CLOSED.includes(rest) || (c.rieul && rest === '로');
  return AFTER_OPEN.includes(rest);
}

// Sino-Korean noun suffixes that end no verb or adjective stem before 는 (closed) or 은/이 (open):
// 장관는, 연구진는, 통일부은, 위원회이. 부 after 아/어/이/퍼 is 붓다 (쏟아부은); 사/세/제/기 before 이
// (사이, 에세이, 제이), and 안 (껴안는).
const NOUN_SUFFIX_CLOSED = new Set('장관권국청단당론력율률량액법령층측학원인약책군성형급국진'.split(''));
const NOUN_SUFFIX_OPEN = new Set('부회의자도시처계표'.split(''));

function suffixEvidence(stem: string, c: { closed: boolean }): boolean {
  if (stem.length < 2) return false;
  const last = stem[stem.length - 1]!;
  if (last === '들') return stem.length >= 3;
  // 쏟아부은, 들이부은, 퍼부은: the verb 붓다, not the ministry suffix 부.
  if (last === '부' && '아어이퍼'.includes(stem[stem.length - 2]!)) return false;
  return c.closed ? NOUN_SUFFIX_CLOSED.has(last) : NOUN_SUFFIX_OPEN.has(last);
}

/** Whether the document shows a stem as a noun by its particles alone (for 가, 과, 로). */
export function particleEvidence(texts: readonly string[]): (stem: string) => boolean {
  return memoisedEvidence(texts, true);
}

/** Where the stem starts a word of the document (no Hangul before it): from the index of word
 *  starts for a Hangul stem, by a scan otherwise. */
function stemAtWordStarts(doc: string, stem: string, starts: Map<number, number[]>): number[] {
  if (hangulAt(stem, 0)) return (starts.get(stem.charCodeAt(0)) ?? []).filter((i) => doc.startsWith(stem, i));
  const out: number[] = [];
  if (stem) for (let i = doc.indexOf(stem); i >= 0; i = doc.indexOf(stem, i + 1)) if (!hangulAt(doc, i - 1)) out.push(i);
  return out;
}

function hasNounEvidence(doc: string, stem: string, particlesOnly: boolean, starts: Map<number, number[]>): boolean {
  const c = closedOf(stem);
  if (!c || c.verbish) return false;
  // 국 + 가 is too often 국가 (선진국가, 회원국가) to read as 국 + a wrong 가.
  if (suffixEvidence(stem, c) && !(particlesOnly && stem.endsWith('국'))) return true;
  for (const i of stemAtWordStarts(doc, stem, starts)) {
    if (!particlesOnly && i >= 2 && doc[i - 1] === ' ' && SURNAME_OR_DEMONSTRATIVE.has(doc[i - 2]!) && !hangulAt(doc, i - 3)) return true;
    let j = i + stem.length;
    while (j < doc.length && hangulAt(doc, j)) j++;
    const rest = doc.slice(i + stem.length, j);
    if (rest === '') continue;
    if (NEUTRAL_SET.has(rest) || agreeing(rest, c)) return true;
    // 은/을 follow verb stems too (받은, 붙잡을), but no verb stem takes 가, 과 or 로 instead.
    if (particlesOnly && c.closed && (rest === '은' || rest === '을')) return true;
    for (const p of [...AFTER_CLOSED, ...AFTER_OPEN]) {
      if (rest.length > p.length && rest.startsWith(p) && NEUTRAL_SET.has(rest.slice(p.length)) && agreeing(p, c)) return true;
    }
  }
  return false;
}

export interface NounParticleMismatch {
  stem: string;
  found: string;
  expected: string;
  start: number;
  end: number;
}

// Words and word ends in 을 after an open syllable that are not particles: nouns (농촌마을, 늦가을)
// and ㅅ-irregular or 으-verbs (결론지을, 이을, 나을, 모을).
const OPEN_EUL_ENDS = ['마을', '가을', '고을', '노을', '지을', '이을', '나을', '부을', '저을', '그을', '모을', '자을'];
// 주가을, 목표주가을: a word ending like a noun in -을 (가을, 마을, 고을, 노을) is read as stem + 을 when the
// document shows the stem's last two syllables or more as a noun of its own (주가는 elsewhere); 올가을,
// 농촌마을 and 저녁노을 stay words, since no 올가, 촌마 or 녁노 stands alone.
function nounBeforeEul(stem: string, isNoun: (stem: string) => boolean): boolean {
  if (stem.length < 2 || !'가마고노'.includes(stem[stem.length - 1]!)) return false;
  for (let n = 2; n <= Math.min(stem.length, 4); n++) if (isNoun(stem.slice(stem.length - n))) return true;
  return false;
}
// Particles a word may end in, longest first; a stacked 의/는/도 after 와/과/으로/로 is allowed.
const ENDINGS: { form: string; particle: string; rest: string }[] = [
  ...['와의', '과의', '와는', '과는', '와도', '과도', '으로는', '으로도', '으로의', '로는', '로도', '로의'].map((f) => {
    const particle = f.startsWith('으로') ? '으로' : f.startsWith('로') ? '로' : f[0]!;
    return { form: f, particle, rest: f.slice(particle.length) };
  }),
  ...['으로', '은', '는', '이', '가', '을', '를', '과', '와', '로'].map((f) => ({ form: f, particle: f, rest: '' })),
];
// Which particle pair each form belongs to; the form the word takes is decided by
// lib/names/particles.ts (es-hangul), the one place the project picks particles.
const PAIR: Record<string, ParticlePairName> = {
  은: 'topic',
  는: 'topic',
  이: 'subject',
  가: 'subject',
  을: 'object',
  를: 'object',
  과: 'and',
  와: 'and',
  으로: 'direction',
  로: 'direction',
};
const NEEDS_EVIDENCE = new Set(['는', '은', '이']);
// 은 after an open syllable is a particle unless it ends an ㅅ-irregular or 으-verb form (나은, 지은,
// 이은, 부은, 그은, 저은, 자은, 모은) or a noun or name in -은 (수은, 보은, 김지은, 이하은): after a
// stem of two syllables or more it is judged without the document's evidence (노조은, 주가은, 심리은).
// A name without a particle before a title (박서은 교수, 한다은 씨) is no stem + 은 either.
const OPEN_EUN_ENDS = ['나은', '지은', '이은', '부은', '그은', '저은', '자은', '모은', '수은', '보은'];
const TITLE_AFTER_RE =
  /^ (?:씨|교수|위원|의원|장관|대표|기자|총재|회장|사장|원장|박사|변호사|선수|감독|할머니|할아버지|대변인|연구원|연구위원|이사|부장|국장|차관|여사|작가|시인|양|군)/;
// Judged only after a stem the document shows with particles: too many nouns end in these
// syllables after a syllable of the "wrong" kind — 가 (기업가, 활동가, 전문가), 과 (수사과,
// 정보과), 로 (교통로, 진입로, 보급로).
const NEEDS_PARTICLE_EVIDENCE = new Set(['가', '과', '로']);
/** Whether the word (stem + 가/과/로) is a noun of its own: listed, or shown with a particle. */
function ownNoun(word: string, doc: string, source: string): boolean {
  if (listedOwnNoun(word, source)) return true;
  if (word.endsWith('과') && !gwaAfterNoun(word)) return true;
  for (let i = doc.indexOf(word); i >= 0; i = doc.indexOf(word, i + 1)) {
    const rest = doc.slice(i + word.length, i + word.length + 2);
    if (/^(?:의|에|를|가|는|도|와|로|들)/.test(rest)) return true;
  }
  return false;
}
function byLastChar<T>(items: T[], form: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const it of items) {
    const f = form(it);
    map.set(f[f.length - 1]!, [...(map.get(f[f.length - 1]!) ?? []), it]);
  }
  return map;
}
const ENDINGS_BY_LAST = byLastChar(ENDINGS, (x) => x.form);

const WORD_END_RE = /[는은이을를와과가로의도](?![가-힣])/g;

// Units Korean news writes apart from an amount, each followed by one particle form.
const SPACED_UNIT = /^(?:원|명|달러|엔|위안|유로|가구|곳|개|건|대|척|톤|채|장|표|석|권|편|마리)(?:으로|은|는|이|가|을|를|과|와|로)$/;
const AMOUNT_BEFORE = /\d[\d,.]*\s?[만억조천]$/;

/** Particles after nouns that disagree with them, in one text. */
export function findNounParticleMismatches(
  text: string,
  isNoun: (stem: string) => boolean,
  byParticles: ((stem: string) => boolean) | null = null,
  doc = text,
  source = '',
): NounParticleMismatch[] {
  // Source names whose Korean ends like a particle: -i (Hanoi, Eisai → 에자이), a B district (마포을), -eun (Ha-eun).
  let iNamesMemo: SourceIName[] | null = null;
  const iNames = () => (iNamesMemo ??= sourceINames(source));
  const sourceNameEnd = sourceNameEnds(source, iNames);
  let eunNamesMemo: boolean | null = null;
  const eunNames = () => (eunNamesMemo ??= /eun\b/i.test(source));
  const out: NounParticleMismatch[] = [];
  const picked = new Map<string, string>();
  // ownNoun searches the whole document: once per word, not once per occurrence.
  const owned = new Map<string, boolean>();
  const own = (word: string) => {
    let v = owned.get(word);
    if (v === undefined) owned.set(word, (v = ownNoun(word, doc, source)));
    return v;
  };
  // Word ends on a syllable some particle ends in (the regex engine finds them fast). Read with
  // test, not matchAll: a match is one character, so its offset is lastIndex - 1, and no match
  // object is built for each of the document's many word ends.
  const re = new RegExp(WORD_END_RE);
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    if (!maybeMismatch(text, i)) continue;
    let from = i;
    while (from > 0 && hangulAt(text, from - 1)) from--;
    const wordEnd = i + 1;
    let e = text.slice(from, wordEnd);
    let start = from;
    // 62%이, 31%은: a particle after a percent sign agrees with 퍼센트 (open).
    if (text[from - 1] === '%') {
      const form = ENDINGS.find((x) => x.form === e);
      if (!form) continue;
      const pair = PARTICLE_PAIRS[PAIR[form.particle]!];
      if (pair.withoutBatchim === form.particle) continue;
      let n = from - 1;
      while (n > 0 && /[\d.,]/.test(text[n - 1]!)) n--;
      if (n === from - 1) continue;
      out.push({ stem: text.slice(n, from), found: e, expected: pair.withoutBatchim + form.rest, start: n, end: wordEnd });
      continue;
    }
    // “제1의 적대국가”으로: a particle right after a closing quotation mark agrees with the last
    // syllable inside the quotation (적대국가 → 로), whatever the quoted words are. Only a bare
    // particle form counts (not 라고, 이라는: quotative endings are the quoted words' own).
    if (CLOSE_QUOTE.has(text[from - 1]!) && hangulAt(text, from - 2)) {
      const form = ENDINGS.find((x) => x.form === e);
      if (!form) continue;
      let w = from - 2;
      while (w > 0 && hangulAt(text, w - 1)) w--;
      const inside = text.slice(w, from - 1);
      const expected = pickParticle(inside, PARTICLE_PAIRS[PAIR[form.particle]!]);
      if (expected !== form.particle)
        out.push({ stem: text.slice(w, from), found: e, expected: expected + form.rest, start: w, end: wordEnd });
      continue;
    }
    // 15명가, 4가구은: a word glued to a number is a counter or unit, a noun; so is a unit written
    // apart from an amount in 만/억/조 (14억3000만 원로, 3만 명가, 5억 달러를).
    const counter =
      (from > 0 && text.charCodeAt(from - 1) >= 48 && text.charCodeAt(from - 1) <= 57) ||
      (text[from - 1] === ' ' &&
        SPACED_UNIT.test(text.slice(from, wordEnd)) &&
        AMOUNT_BEFORE.test(text.slice(Math.max(0, from - 12), from - 1)));
    // 세계식량계획(WFP)를: a particle after a parenthetical gloss agrees with the word before it.
    let bracketUnit = false;
    if (e.length <= 3 && (text[start - 1] === ')' || text[start - 1] === '）')) {
      const open = Math.max(text.lastIndexOf('(', start), text.lastIndexOf('（', start));
      const before = open > 0 ? /[가-힣]+$/.exec(text.slice(Math.max(0, open - 30), open)) : null;
      if (!before || !(e in PAIR || ENDINGS.some((x) => x.form === e))) continue;
      // 으로 after a gloss is judged only where the gloss's own last word does not take it either
      // (노트(시속 282km)으로; 달러(약 2600억 원)으로 agrees with what is read last).
      if (e.startsWith('으로') && agreesInsideBracket(text, start - 1, e)) continue;
      e = before[0] + e;
      start = open - before[0].length;
      // 1850억 원(1억3800만 달러)로: a unit apart from its amount before the gloss is a counter too.
      bracketUnit = text[start - 1] === ' ' && SPACED_UNIT.test(e) && AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 13), start - 1));
    }
    if (e.length < 2) continue;
    const end = ENDINGS_BY_LAST.get(e[e.length - 1]!)?.find((x) => e.length > x.form.length && e.endsWith(x.form));
    if (!end) continue;
    const stem = e.slice(0, e.length - end.form.length);
    const c = closedOf(stem);
    if (!c || (c.verbish && end.particle !== '를' && end.particle !== '와')) continue;
    // A quick screen on the final consonant, then the decision through es-hangul.
    const pair = PARTICLE_PAIRS[PAIR[end.particle]!];
    const open = !c.closed || (c.rieul && 'rieulAsOpen' in pair);
    if ((open ? pair.withoutBatchim : pair.withBatchim) === end.particle) continue;
    // 선진국가, 회원국가: a country word, not 선진국 + a wrong 가.
    if (end.particle === '가' && stem.length >= 3 && stem.endsWith('국')) continue;
    const word = stem + end.particle;
    // 과 after an open syllable: judged without evidence unless the word is a noun of its own
    // (효과, 소아과, 관리과: particle-lexicon.ts, particle-own-nouns.ts).
    // 가 after a nominalised -ㅁ/-음 (절박함가) and a one-syllable noun (것로, 것가): without evidence.
    const oneSyllable = oneSyllableNoun(stem, end.particle);
    // A counter after a number (15명가: not 名家 there): a noun unless the word is one of its own
    // (1국가 2체제, 3개 작가).
    const counted =
      bracketUnit || (counter && start === from && !stem.endsWith('국') && (stem.length === 1 || !listedOwnNounAfterNumber(word, source)));
    const lexical =
      counted ||
      oneSyllable ||
      (end.particle === '과' ? gwaAfterNoun(word) && !listedOwnNoun(word, source) : end.particle === '가' && nominalisedGa(stem));
    if (NEEDS_PARTICLE_EVIDENCE.has(end.particle) && !lexical && !(byParticles && stem.length >= 2 && byParticles(stem) && !own(word)))
      continue;
    if (
      end.particle === '을' &&
      OPEN_EUL_ENDS.some((w) => e.endsWith(w)) &&
      !(e.length >= 3 && e.endsWith('부을') && !'아어이퍼'.includes(e[e.length - 3]!)) &&
      !nounBeforeEul(stem, isNoun)
    )
      continue;
    // 는 after a syllable no verb stem ends in (결정는, 서울는), 이 after an open syllable that ends
    // no word of its own (쓸모이, but 가까이, 상하이): judged without the document's evidence.
    const sure =
      counted ||
      oneSyllable ||
      (end.particle === '는' && neunAfterNoun(stem)) ||
      (end.particle === '이' && iAfterNoun(word) && !iNames().length) ||
      (end.particle === '은' &&
        stem.length >= 2 &&
        !OPEN_EUN_ENDS.some((w) => e.endsWith(w)) &&
        !eunNames() &&
        !TITLE_AFTER_RE.test(text.slice(wordEnd, wordEnd + 6)));
    if (NEEDS_EVIDENCE.has(end.particle) && !sure && !(stem.length >= 2 && isNoun(stem))) continue;
    if (sourceNameEnd(e, stem, end.particle)) continue;
    // es-hangul's pick is the costliest step on a long run of one wrong word: once per stem and pair.
    const pickKey = `${stem}\u0000${end.particle}`;
    let expected = picked.get(pickKey);
    if (expected === undefined) picked.set(pickKey, (expected = pickParticle(stem, pair)));
    if (expected === end.particle) continue;
    // The number is part of the word shown (15명가 → 15명이).
    let n = start;
    if (counted) while (n > 0 && /[\d.,]/.test(text[n - 1]!)) n--;
    out.push({ stem: text.slice(n, start) + stem, found: end.particle + end.rest, expected: expected + end.rest, start: n, end: wordEnd });
  }
  return out;
}
