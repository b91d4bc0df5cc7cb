// Forms the norms fix by rule where Hunspell's suggestions miss the right one or the dictionary lacks
// it (#22, round 12): 사이시옷 (한글 맞춤법 제30항: 갈빗집), a ㅅ moved across a compound's boundary to
// the tense initial it stands for (코빼기), 수-/암- before the nine stems the norm aspirates (표준어 규정
// 제7항: 수평아리), -이 adverbs after an ㅅ- or ㄱ-final root (한글 맞춤법 제51항: 의젓이, i-adverbs.ts), the suffixes
// -꾼 and -둥이 and the noun 갑 (box) written as -군, -동이, 곽, and loanword vowels by the 외래어
// 표기법 (데이터, 셰프, 재킷). Each rule names its norm; none lists words of a test set.
import { COPULA, nounTail } from './word-shapes';
import { haeQueries, isHaeNoun } from './hae-prefix';
import { iAdverbCandidate, iAdverbQueries, isIAdverb } from './i-adverbs';
import { isSyl, parts, compose, L_SIOT, L_IEUNG } from './syllables';

const objectForms = (s: string) => [`${s}을`, `${s}를`];

const SIOT = 19;
// Plain initials ㄱ ㄷ ㅂ ㅅ ㅈ and the tense ones a sai-siot makes of them (ㄲ ㄸ ㅃ ㅆ ㅉ).
const TENSE_OF: Record<number, number> = { 0: 1, 3: 4, 7: 8, 9: 10, 12: 13 };

/**
 * 표준어 규정 제7항 다만 1: after 수- (and 암-) these nine stems take the aspirate of their initial
 * (수캉아지, 수캐, 수컷, 수키와, 수탉, 수탕나귀, 수톨쩌귀, 수퇘지, 수평아리). The norm's own closed list.
 */
const ASPIRATED_STEMS: Record<string, string> = {
  강아지: '캉아지',
  개: '캐',
  것: '컷',
  기와: '키와',
  닭: '탉',
  당나귀: '탕나귀',
  돌쩌귀: '톨쩌귀',
  돼지: '퇘지',
  병아리: '평아리',
};
const ASPIRATED = new Set(Object.values(ASPIRATED_STEMS));

/** 수평아리, 암캐는, 수탉이: 수-/암- and an aspirated stem of the norm's list, with particles. */
function aspiratedMale(word: string): boolean {
  if (!/^[수암]/.test(word)) return false;
  for (const a of ASPIRATED) if (word.startsWith(a, 1) && nounTail(word.slice(1 + a.length))) return true;
  return false;
}

/**
 * 수-/숫-/암- before a stem of the norm's list written without its aspirate (암개 → 암캐, 수닭이 →
 * 수탉이, 숫돼지 → 수퇘지), with particles: the norm's form, else null. For a word the dictionary
 * refuses. Not 수 + 개 (數個: 수개의 'a few', 수개월).
 */
export function aspiratedRival(word: string): string | null {
  const m = /^(숫|수|암)(.+)$/.exec(word);
  if (!m || word.length > 10) return null;
  const head = m[1] === '암' ? '암' : '수';
  for (const [plain, asp] of Object.entries(ASPIRATED_STEMS)) {
    if (!m[2]!.startsWith(plain) || (plain === '개' && m[1] !== '암')) continue;
    const tail = m[2]!.slice(plain.length);
    if (nounTail(tail)) return head + asp + tail;
  }
  return null;
}

/** 표준어 규정 제7항 다만 2: 숫- before these three stems only (숫양, 숫염소, 숫쥐). The norm's closed list. */
const SUT_STEMS = ['양', '염소', '쥐'];

/** 수염소 → 숫염소, 수쥐를 → 숫쥐를: 수- before a stem of that list, with particles, for a word the dictionary refuses. */
export function sutRival(word: string): string | null {
  if (!word.startsWith('수') || word.length > 10) return null;
  return SUT_STEMS.some((st) => word.startsWith(st, 1) && nounTail(word.slice(1 + st.length))) ? `숫${word.slice(1)}` : null;
}

/** 숫양, 숫염소가, 숫쥐를: 숫- and a stem of the norm's list, with particles. */
function sutMale(word: string): boolean {
  return word.startsWith('숫') && SUT_STEMS.some((st) => word.startsWith(st, 1) && nounTail(word.slice(1 + st.length)));
}

/** 수-/숫-/암- written before a stem of the list without its aspirate: the norm's form. */
function aspiratedCandidates(word: string): string[] {
  const m = /^(숫|수|암)(.*)$/.exec(word);
  if (!m) return [];
  const head = m[1] === '암' ? '암' : '수';
  const out: string[] = [];
  for (const [plain, asp] of Object.entries(ASPIRATED_STEMS)) if (m[2]!.startsWith(plain)) out.push(head + asp + m[2]!.slice(plain.length));
  return out;
}

/**
 * A compound with a sai-siot (한글 맞춤법 제30항: 갈빗집, 나뭇가지): a noun of two syllables or more
 * ending in a vowel, ㅅ, then a noun whose plain initial the ㅅ makes tense, then particles. Only to
 * rank a suggestion (갈비집 → 갈빗집), never to accept a word: a misspelling splits so too (미싯가루 is
 * 미숫가루 misspelt, not 미시 + 가루).
 */
export function saiSiotCompound(word: string, spell: (s: string) => boolean): boolean {
  const noun = (s: string) => objectForms(s).some(spell);
  for (let i = 1; i < word.length - 1; i++) {
    const c = word[i]!;
    if (!isSyl(c) || parts(c).t !== SIOT || !isSyl(word[i + 1]) || TENSE_OF[parts(word[i + 1]!).l] === undefined) continue;
    const bare = word.slice(0, i) + compose(parts(c).l, parts(c).v, 0);
    if (bare.length < 2 || !noun(bare)) continue;
    for (let j = i + 2; j <= word.length; j++) if (noun(word.slice(i + 1, j)) && nounTail(word.slice(j))) return true;
  }
  return false;
}

/** The dictionary answers saiSiotCompound needs for a word (its noun without the ㅅ, the parts after). */
function saiSiotQueries(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < word.length - 1; i++) {
    const c = word[i]!;
    if (!isSyl(c) || parts(c).t !== SIOT) continue;
    out.push(...objectForms(word.slice(0, i) + compose(parts(c).l, parts(c).v, 0)));
    for (let j = i + 2; j <= word.length; j++) out.push(...objectForms(word.slice(i + 1, j)));
  }
  return out;
}

/**
 * A correct form by one of the norms' rules that the dictionary lacks: 수평아리, 의젓이.
 * `spell` answers normWordQueries.
 */
export function normWord(word: string, spell: (s: string) => boolean): boolean {
  if (word.length < 2 || word.length > 12) return false;
  return aspiratedMale(word) || sutMale(word) || isIAdverb(word, spell) || isHaeNoun(word, spell);
}

/** The dictionary answers normWord needs. */
export function normWordQueries(word: string): string[] {
  return [...iAdverbQueries(word), ...haeQueries(word)];
}

// Vowel indexes: ㅏ 0, ㅐ 1, ㅓ 4, ㅔ 5, ㅖ 7, ㅗ 8, ㅞ 15, ㅣ 20.
const V = { A: 0, AE: 1, EO: 4, E: 5, YE: 7, O: 8, WE: 15, I: 20 } as const;
// English vowels a loanword is misspelt with (외래어 표기법 표 1): [ə] is 어, written after the letter a
// or o (데이타 → 데이터, 심볼 → 심벌); [æ] is 애 (자켓 → 재킷); [ɪ] is 이 (비스켓 → 비스킷).
const LOAN_ONE: Record<number, number[]> = { [V.A]: [V.EO, V.AE], [V.O]: [V.EO], [V.E]: [V.I, V.AE] };

/**
 * Loanword spellings by the 외래어 표기법 (for suggestions; the dictionary decides): one vowel as
 * above, or two in a word of two syllables (자켓 → 재킷: three syllables and more are
 * confusions.ts's loanwordCandidates); [ʃ] before e is 셰, never 쉐 (제3장 제1절 제3항: 셰프, 셰이크).
 */
export function loanVowelCandidates(word: string): string[] {
  if (word.length < 2 || word.length > 8 || ![...word].every(isSyl)) return [];
  const out = new Set<string>();
  const changes: [number, string][] = [];
  for (let i = 0; i < word.length; i++) {
    const { l, v, t } = parts(word[i]!);
    for (const v2 of LOAN_ONE[v] ?? []) changes.push([i, compose(l, v2, t)]);
    if (l === L_SIOT && v === V.WE) changes.push([i, compose(l, V.YE, t)]);
  }
  const put = (edits: [number, string][]) => {
    const chars = [...word];
    for (const [i, c] of edits) chars[i] = c;
    out.add(chars.join(''));
  };
  for (const c of changes) put([c]);
  if (word.length === 2) for (const a of changes) for (const b of changes) if (a[0] < b[0]) put([a, b]);
  out.delete(word);
  return [...out];
}

/** 쉐 is never written in a loanword (셰): the form with 셰, or null. A suggestion even if the dictionary lacks it. */
export function sheForm(word: string): string | null {
  if (!word.includes('쉐')) return null;
  return word.replaceAll('쉐', '셰');
}

/**
 * A ㅅ written at the end of a compound's first part where the norm writes the tense initial of the
 * next (코빼기, not 콧배기; 한글 맞춤법 제5항 and 제54항 write the tense sound where it is the word's):
 * the ㅅ dropped and the next plain initial made tense.
 */
function movedSiotCandidates(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length - 1; i++) {
    const a = word[i]!,
      b = word[i + 1]!;
    if (!isSyl(a) || !isSyl(b) || parts(a).t !== SIOT) continue;
    const tense = TENSE_OF[parts(b).l];
    if (tense === undefined) continue;
    out.push(word.slice(0, i) + compose(parts(a).l, parts(a).v, 0) + compose(tense, parts(b).v, parts(b).t) + word.slice(i + 2));
  }
  return out;
}

/**
 * Candidates by the rules above, best first, for a word the dictionary refuses: the verdict puts those
 * the dictionary knows (or normWord accepts) before Hunspell's suggestions.
 */
export function normCandidates(word: string): string[] {
  if (word.length < 2 || word.length > 12) return [];
  const out = new Set<string>([...aspiratedCandidates(word), ...movedSiotCandidates(word)]);
  // -히 for -이 after an ㅅ- or ㄱ-final root (의젓히 → 의젓이, 뾰족히 → 뾰족이: i-adverbs.ts).
  const adverb = iAdverbCandidate(word);
  if (adverb) out.add(adverb);
  // A sai-siot left out between a noun ending in a vowel and a plain initial (갈비집 → 갈빗집).
  for (let i = 1; i < word.length - 1; i++) {
    const a = word[i]!,
      b = word[i + 1]!;
    if (isSyl(a) && isSyl(b) && parts(a).t === 0 && TENSE_OF[parts(b).l] !== undefined && parts(b).l !== L_IEUNG)
      out.add(word.slice(0, i) + compose(parts(a).l, parts(a).v, SIOT) + word.slice(i + 1));
  }
  for (const c of loanVowelCandidates(word)) out.add(c);
  out.delete(word);
  return [...out];
}

/**
 * Whether `form` is `word` with a sai-siot added to one syllable (갈비집 → 갈빗집): no rival
 * transliteration of an English word, as loanwords take none (제30항 is about native and Sino-Korean
 * compounds; 패키징 is not 패킷징 misspelt).
 */
export function addsSaiSiot(word: string, form: string): boolean {
  if (word.length !== form.length) return false;
  let diff = -1;
  for (let i = 0; i < word.length; i++) {
    if (word[i] === form[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  if (diff < 0 || !isSyl(word[diff]) || !isSyl(form[diff])) return false;
  const a = parts(word[diff]!),
    b = parts(form[diff]!);
  return a.l === b.l && a.v === b.v && a.t === 0 && b.t === SIOT;
}

/** The dictionary answers the verdict needs to rank normCandidates (each, and what normWord asks of it). */
export function normCandidateQueries(word: string): string[] {
  return normCandidates(word).flatMap((c) => [c, ...normWordQueries(c), ...saiSiotQueries(c)]);
}

/**
 * Suffixes and a noun the norms write otherwise, when the dictionary holds the right form:
 * -꾼 for a person of a trade or habit (한글 맞춤법 제54항: 심부름꾼, 사기꾼, not -군), -둥이 (표준어 규정
 * 제8항: 바람둥이, 쌍둥이, not -동이), and 갑 for a small box (우유갑, 성냥갑, 담뱃갑; 곽 is not standard
 * in that sense). The right form with the word's particles, or null.
 */
export function suffixRival(word: string, spell: (s: string) => boolean): string | null {
  for (const [wrong, right, minHead] of SUFFIX_PAIRS) {
    for (let i = minHead; i + wrong.length <= word.length; i++) {
      if (!word.startsWith(wrong, i)) continue;
      const head = word.slice(0, i),
        tail = word.slice(i + wrong.length);
      if (!(nounTail(tail) || COPULA.has(tail))) continue;
      if (wrong === '곽') {
        // 곽 (郭, 廓) of a noun of its own is no box: 외곽, 윤곽, 성곽 after a noun (도시외곽).
        if (head.length >= 3 && objectForms(head.slice(0, -1)).some(spell) && objectForms(head.at(-1)! + '곽').some(spell)) continue;
        if (!objectForms(head).some(spell)) continue;
        const withSiot =
          isSyl(head.at(-1)) && parts(head.at(-1)!).t === 0
            ? head.slice(0, -1) + compose(parts(head.at(-1)!).l, parts(head.at(-1)!).v, SIOT)
            : null;
        if (withSiot && spell(`${withSiot}갑`)) return `${withSiot}갑${tail}`;
        return `${head}갑${tail}`;
      }
      if (spell(head + right)) return head + right + tail;
    }
  }
  return null;
}

// [wrong, right, fewest syllables before it].
const SUFFIX_PAIRS: readonly [string, string, number][] = [
  ['군', '꾼', 2],
  ['동이', '둥이', 1],
  ['곽', '갑', 2],
];

/** The dictionary answers suffixRival needs. */
export function suffixRivalQueries(word: string): string[] {
  const out: string[] = [];
  for (const [wrong, right, minHead] of SUFFIX_PAIRS)
    for (let i = minHead; i + wrong.length <= word.length; i++) {
      if (!word.startsWith(wrong, i)) continue;
      const head = word.slice(0, i);
      out.push(head + right, ...objectForms(head));
      if (wrong === '곽') {
        out.push(...objectForms(head.slice(0, -1)), ...objectForms(head.at(-1)! + '곽'));
        const last = head.at(-1)!;
        if (isSyl(last) && parts(last).t === 0) out.push(`${head.slice(0, -1)}${compose(parts(last).l, parts(last).v, SIOT)}갑`);
      }
    }
  return out;
}
