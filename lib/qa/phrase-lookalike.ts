// When two renderings of one English phrase are variants of each other: a near-synonym swapped
// (연합군사훈련 / 연합군사연습, 실무 협상 / 실무 회담), a look-alike (a different front or head, a
// longer -적 form), an English word written in Hangul for the translated one (첫 분야 / 첫 챕터) or a
// measure compound with another front (보험료율 / 기여율). Pure predicates on two Korean strings, used
// by phrase-consistency.ts, which finds the renderings.
import { hangulSkeleton as hangulSkeletonOf, skeleton as skeletonOf } from '../align/names';
import { MODIFIER_SYNONYMS, SENSE_SYNONYMS, transliterates, WORD_SYNONYMS } from './phrase-synonyms';

// The predicates run on every pair of renderings of every repeated phrase: the skeletons of the words
// and the phrases' word lists are computed once per string (bounded: a huge input only clears them).
const MEMO_LIMIT = 50_000;
function memo<V>(cache: Map<string, V>, key: string, make: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = make();
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(key, v);
  }
  return v;
}
const latinSkeletons = new Map<string, string>();
const hangulSkeletons = new Map<string, string>();
const skeleton = (w: string) => memo(latinSkeletons, w, () => skeletonOf(w));
const hangulSkeleton = (w: string) => memo(hangulSkeletons, w, () => hangulSkeletonOf(w));

// Near-synonyms translators alternate for one English word (talks → 협상/회담/대화, aid → 지원/
// 원조, exercise → 훈련/연습, statement → 담화/성명, official → 관계자/당국자): a rendering with one
// of them swapped for another of its group is the same phrase translated a second way.
const SYNONYMS = [
  ['협상', '회담', '대화', '협의', '회의'],
  ['지원', '원조'],
  ['훈련', '연습'],
  ['협력', '교류', '공조', '협조'],
  ['외무성', '외교부', '외무부'],
  ['담화', '성명'],
  ['관계자', '당국자'],
  ['대통령실', '청와대'],
  ['제안', '제의'],
  // A loanword and the Sino-Korean word for it, within one phrase (발사 서비스 / 발사 용역).
  ['서비스', '용역'],
];
function synonymSwap(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  for (const group of SYNONYMS) {
    for (const x of group) {
      const i = a.indexOf(x);
      // A whole word swapped only when long (외무성/외교부); two-syllable ones (회의/대화) only
      // inside a compound or a word pair that keeps the rest (군사훈련/군사연습, 실무 협상/실무 회담).
      if (i < 0 || (x.length < 3 && a.replace(' ', '').length - x.length < 2)) continue;
      for (const y of group)
        if (
          y !== x &&
          b.length === a.length - x.length + y.length &&
          b.startsWith(a.slice(0, i)) &&
          b.startsWith(y, i) &&
          b.endsWith(a.slice(i + x.length))
        )
          return true;
    }
  }
  return false;
}

export const CURATED = new Set(WORD_SYNONYMS.flat());
export function wordSynonymSwap(a: string, b: string): boolean {
  // A one-syllable word keeps its particle in stems() (빚이): read it without.
  if (/[이가은는을를의와과도]$/.test(b) && b.length >= 2 && wordSynonymSwap(a, b.slice(0, -1))) return true;
  return synonymForms(a).has(b.replace(/ /g, ''));
}

// `a` with one word of a WORD_SYNONYMS group (its first place) swapped for another of the group,
// spaces taken out (가계부채 / 가계 빚): read once per word (the phrase passes ask it of every pair of
// renderings they compare; bounded, as phrase-heads.ts keeps its English terms).
const formsMemo = new Map<string, Set<string>>();
function synonymForms(a: string): Set<string> {
  let forms = formsMemo.get(a);
  if (forms) return forms;
  forms = new Set();
  for (const group of WORD_SYNONYMS)
    for (const x of group) {
      const i = a.indexOf(x);
      if (i < 0) continue;
      for (const y of group) if (y !== x) forms.add((a.slice(0, i) + y + a.slice(i + x.length)).replace(/ /g, ''));
    }
  if (formsMemo.size >= 20_000) formsMemo.clear();
  formsMemo.set(a, forms);
  return forms;
}

/** 예산 / 재정 (whole words, spacing aside): one word of a SENSE_SYNONYMS group for another. */
export function senseSwap(a: string, b: string): boolean {
  return a !== b && SENSE_SYNONYMS.some((g) => g.includes(a) && g.includes(b));
}

/** 달 착륙 / 월면 착륙: a word pair with its first word swapped for another of a modifier group. */
export function modifierSwap(a: string, b: string): boolean {
  if (!a.includes(' ') || !b.includes(' ')) return false;
  const pa = a.split(' ');
  const pb = b.split(' ');
  if (pa.length !== 2 || pb.length !== 2 || pa[1] !== pb[1] || pa[0] === pb[0]) return false;
  return MODIFIER_SYNONYMS.some((g) => g.includes(pa[0]!) && g.includes(pb[0]!));
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** How many syllables two words share (as multisets), over the longer one's length. */
function sharedShare(a: string, b: string): number {
  const pool = [...b];
  let n = 0;
  for (const c of a) {
    const i = pool.indexOf(c);
    if (i >= 0) {
      n++;
      pool.splice(i, 1);
    }
  }
  return n / Math.max(a.length, b.length);
}

/** Two renderings that look like variants of each other (not the same, not unrelated). */
export function lookAlike(a: string, b: string, isNoun: (w: string) => boolean = () => false): boolean {
  // Two days of the week are never a look-alike; asked last, of a pair that otherwise is one.
  return a !== b && looksAlike(a, b, isNoun) && !otherWeekday(a, b);
}
function looksAlike(a: string, b: string, isNoun: (w: string) => boolean): boolean {
  if (synonymSwap(a, b)) return true;
  const pa = a.split(' ');
  const pb = b.split(' ');
  if (pa.length !== pb.length || pa.length > 2) return false;
  if (pa.length === 2) {
    // 식량 지원 / 식량 원조: one word the same, the other a noun-like word sharing a syllable
    // (a Sino-Korean morpheme: 지원/원조), the pair sharing two thirds of its syllables. A word
    // ending like a verb counts when the document shows it as a noun (구입자의: 구입자 / 구매자).
    if ([...pa, ...pb].some((w) => w.length < 2 || verbLike(w, isNoun))) return false;
    const i = pa[0] === pb[0] ? 1 : pa[1] === pb[1] ? 0 : -1;
    // A topic word (남한 경제 / 남한 제안) keeps nothing of a phrase: only synonyms count there.
    if (i >= 0 && TOPIC.has(pa[1 - i]!)) return false;
    // Same length, and neither an adnominal verb form (대한, 관련된, 이어진): 대화 / 대한 is no pair.
    if (i < 0 || pa[i]!.length !== pb[i]!.length || ADNOMINAL.test(pa[i]!) || ADNOMINAL.test(pb[i]!) || sharedShare(pa[i]!, pb[i]!) === 0)
      return false;
    const ja = pa.join('');
    const jb = pb.join('');
    return Math.abs(ja.length - jb.length) <= 1 && sharedShare(ja, jb) >= 2 / 3;
  }
  if (a.length < 2 || b.length < 2) return false;
  // A shortened form (군사훈련, 연합훈련 for 연합군사훈련) is a choice, not a second translation;
  // but two adjectival -적 forms (인도적 / 인도주의적) are two words for one thing.
  if (isSubsequence(a, b) || isSubsequence(b, a)) return a.endsWith('적') && b.endsWith('적') && Math.min(a.length, b.length) >= 3;
  let pre = 0;
  while (pre < a.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  if ((suf >= 2 && pre === 0 && a.length >= 3 && b.length >= 3) || (pre >= 2 && suf >= 1)) return true;
  // 연합군사훈련 / 연합군사연습: a long shared front, the head changed, two thirds shared.
  return a.length === b.length && a.length >= 5 && pre >= 3 && sharedShare(a, b) >= 2 / 3;
}

/**
 * 첫 분야 / 첫 챕터: a word pair with one word the same and the other an English word of the phrase
 * written in Hangul (챕터 for "chapter") where the other segments translate it.
 */
const ONE_SYLLABLE_PARTICLE = /^[이가은는을를의와과도에]$/;
const phraseWordLists = new Map<string, string[]>();
const phraseWords = (phrase: string) =>
  memo(phraseWordLists, phrase, () =>
    phrase
      .split(' ')
      .flatMap((w) => [w, w.replace(/(?:['’]s?|s['’]?)$/, ''), w.replace(/ing$/, '')])
      .filter((w) => w.length >= 4),
  );
/** The word stands in the source only capitalised (a name: Tongyeong), never in lower case. */
function capitalisedOnly(source: string, word: string): boolean {
  const cap = word[0]!.toUpperCase() + word.slice(1);
  return cap !== word && source.includes(cap) && !new RegExp(`(?:^|[^A-Za-z])${word.replace(/[^a-z]/g, '')}`).test(source);
}
/** The source's words of four letters or more, lower case, once per source. */
const sourceWordLists = new Map<string, string[]>();
const sourceWordList = (source: string) =>
  memo(sourceWordLists, source, () => [...new Set(source.toLowerCase().match(/[a-z]{4,}/g) ?? [])]);
// A final -r is not written in Korean (chapter → 챕터, monitor → 모니터); c before e, i, y is s.
const engSkeletons = new Map<string, string[]>();
const eng = (w: string) =>
  memo(engSkeletons, w, () => {
    const soft = w.replace(/c(?=[eiy])/g, 's');
    return [w, soft].map((x) => (/r$/.test(x) ? skeleton(x).replace(/l$/, '') : skeleton(x)));
  });
export function transliterated(a: string, b: string, phrase: string, oneWord = false, source = ''): boolean {
  const pa = a.split(' ');
  const pb = b.split(' ');
  // The English words of the phrase, also without a plural or possessive as the phrase first stood
  // (creators' share: creator) or an -ing (licensing: licens-, 라이선스).
  const words = phraseWords(phrase);
  const writes = (hangul: string) => {
    const k = hangulSkeleton(hangul);
    return k.length >= 2 && words.some((w) => eng(w).includes(k) && transliterates(hangul, w));
  };
  // With oneWord (a phrase of common words, no name: a name's Hangul writes its romanised Korean,
  // Pilseung Bridge → 필승교): 판권료 / 라이선스 비용, one word where the others' is a pair of a
  // Hangul-written English word of the phrase and a noun (neither a verb form nor an adnominal, nor
  // one holding the one word: 수위 / 수위계), the English word not in the one word.
  if (oneWord && pa.length === 1 && pb.length === 2) {
    const found = pb.some(
      (w, j) =>
        w.length >= 2 &&
        !a.includes(w) &&
        !pb[1 - j]!.includes(a) &&
        writes(w) &&
        pb[1 - j]!.length >= 2 &&
        !ADNOMINAL.test(pb[1 - j]!) &&
        !/[다고며서면]$/.test(pb[1 - j]!) &&
        !writes(pb[1 - j]!),
    );
    // The guards below are asked only of a pair found (they read the whole source).
    if (!found || !source) return found;
    // A phrase holding a name (near Tongyeong: a capitalised word the source never writes in lower
    // case) is no phrase of common words: the name's Hangul (통영) is its only rendering.
    if (phrase.split(' ').some((w) => w.length >= 2 && capitalisedOnly(source, w))) return false;
    // Both words of the pair English words of the source written in Hangul (플레이오프 라운드 for
    // "playoff round"): a loan phrase of another English phrase, not this phrase's words.
    // (Read by consonants alone: a guard may be loose.)
    const sourceWords = sourceWordList(source);
    const loosely = (hangul: string) => {
      const k = hangulSkeleton(hangul);
      return k.length >= 2 && sourceWords.some((w) => eng(w).includes(k));
    };
    return !pb.every((w) => w.length >= 2 && loosely(w));
  }
  if (pa.length !== 2 || pb.length !== 2) return false;
  // A one-syllable word keeps its particle in stems() (몫을, 몫도): the same word either way.
  const same = (x: string, y: string) =>
    x === y ||
    (x.length === 2 && y.length === 2 && x[0] === y[0] && ONE_SYLLABLE_PARTICLE.test(x[1]!) && ONE_SYLLABLE_PARTICLE.test(y[1]!));
  const i = same(pa[0]!, pb[0]!) ? 1 : same(pa[1]!, pb[1]!) ? 0 : -1;
  // The kept word is no topic word (북한 미사일 / 북한 잇따른) and the replaced one a noun, not a verb form.
  if (i < 0 || pb[i]!.length < 2 || TOPIC.has(pa[1 - i]!) || ADNOMINAL.test(pa[i]!) || /[다고며서면]$/.test(pa[i]!)) return false;
  // The whole word writes the English word (누리호 is no “Naro”, though the consonants agree).
  return hangulSkeleton(pb[i]!) !== hangulSkeleton(pa[i]!) && writes(pb[i]!);
}

// Sino-Korean heads of a measure and the English word each renders: 보험료율 / 기여율 for
// “contribution rate” (율 = rate).
const MEASURE_HEAD: Record<string, string> = { rate: '율', fee: '료', tax: '세', ratio: '비', amount: '액' };
/**
 * 보험료율 / 기여율: one compound per segment, the same measure head (율 = “rate”) with another front,
 * for an English phrase whose last word (the head: rate) comes in the segment only inside the phrase.
 */
export function headSwap(a: string, b: string, phrase: string, source: string): boolean {
  if (a.includes(' ') || b.includes(' ') || a.length < 3 || b.length < 3 || a[0] === b[0]) return false;
  const head = (w: string) => w[w.length - 1]!.replace('률', '율');
  const words = phrase.split(' ');
  const last = words[words.length - 1]!;
  if (head(a) !== head(b) || MEASURE_HEAD[last] !== head(a) || a[a.length - 2] === b[b.length - 2]) return false;
  const lower = source.toLowerCase();
  const count = (w: string) => lower.split(w).length - 1;
  return count(last) === count(phrase);
}

// A day of the week (화요일, 금요일): two days are two dates, never one rendering written two ways — a
// deictic phrase (this afternoon, tomorrow morning) whose segments name two weekdays renders neither.
const WEEKDAY = /^[월화수목금토일]요일$/;
/** The two renderings name different days of the week (화요일 / 금요일, 화요일 오후 / 금요일 오후). */
export function otherWeekday(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  return wa.some((w, i) => WEEKDAY.test(w) && wb[i] !== undefined && WEEKDAY.test(wb[i]!) && wb[i] !== w);
}

/**
 * 제주대학교 / 제주국립대학교: for a name, the usual rendering split by an inserted word (two syllables or
 * more inside it, not before or after it). A shortened name (제주대, the front kept), the name with
 * a word before or after it (국립 제주대학교, 한미연합사령부 for 연합사) and a reference (이 대학) stay
 * silent.
 */
export function insertedInName(usual: string, variant: string): boolean {
  // Closed words only: 박 교수님 / 박원곤 교수님 is a surname and the full name.
  if (usual.includes(' ') || variant.includes(' ')) return false;
  const u = usual;
  const v = variant;
  if (u.length < 3 || v.length < u.length + 2 || v.includes(u) || !isSubsequence(u, v)) return false;
  // The usual front and end kept whole (제주 … 대학교), a run of two syllables or more between them.
  let pre = 0;
  while (pre < u.length && u[pre] === v[pre]) pre++;
  let suf = 0;
  while (suf < u.length - pre && u[u.length - 1 - suf] === v[v.length - 1 - suf]) suf++;
  return pre + suf === u.length && pre >= 2 && suf >= 2 && v.length - u.length >= 2;
}

/**
 * 섬 리포트 / 아일랜드 리포트 for the title Island Report: a word pair with one word the same, where the
 * usual rendering writes an English word of the phrase in Hangul (its consonants, one silent letter
 * allowed: island → 아일랜드) and the variant has another word, sharing no syllable with it.
 */
export function translatedLoan(usual: string, variant: string, phrase: string): boolean {
  const pu = usual.split(' ');
  const pv = variant.split(' ');
  if (pu.length !== 2 || pv.length !== 2) return false;
  const i = pu[0] === pv[0] ? 1 : pu[1] === pv[1] ? 0 : -1;
  if (i < 0 || pu[i]!.length < 2 || [...pv[i]!].some((c) => pu[i]!.includes(c))) return false;
  const k = hangulSkeleton(pu[i]!);
  if (k.length < 3 || k === hangulSkeleton(pv[i]!)) return false;
  return phrase.split(' ').some((w) => {
    if (w.length < 4) return false;
    const e = skeleton(w);
    if (e === k) return true;
    for (let j = 0; j < e.length; j++) if (e.slice(0, j) + e.slice(j + 1) === k) return true;
    return false;
  });
}

export const TOPIC = new Set(['남한', '북한', '남북', '북미', '한미', '미국', '중국', '일본', '한국', '정부', '양국', '양측']);
const ADNOMINAL = /(?:한|된|난|진|운|는|던|할|될|인|은|을|ㄹ)$/;
// Words ending like a verb or a connective (했습니다, 향해서, 완화하려): never a phrase's rendering.
export const VERB_LIKE = /(?:다|까|고|며|서|면|려|요|죠|지|게|록|데|니|라|어|아|해|든|던|야|자|도록|면서|지만)$/;
// Unless the document shows it as a noun (구입자의, 구매자에게): the agent suffix -자, 기지, 제도.
export const verbLike = (w: string, isNoun: (w: string) => boolean) =>
  VERB_LIKE.test(w) && !(/[자지도]$/.test(w) && w.length >= 2 && isNoun(w));
