// Speech level (말투) of Korean sentences, from the ending of each sentence's last word:
// - 합쇼체 (hapsyo): -습니다, -ㅂ니다, -습니까, -ㅂ니까 (했습니다, 입니다, 합니까);
// - 해요체 (haeyo): -요, -죠 (했어요, 이에요, 하죠), except nouns in 요 (필요, 중요, 주요);
// - 해라체 (haera, plain news style): -다, -는가, -냐, -라, -자 (했다, 한다, 이다, 아니다);
// - 반말 (banmal, 해체): -어/-아 after a verb stem, -야, -지, -잖아, -거든 (했어, 있어, 거야, 했지), and
//   야 after a noun the document shows as one (규모야).
// Quoted speech (“…”, "…", 「…」) keeps its own register and is masked before the sentence is
// read; a sentence that ends in a noun (headlines: "쌀로 문 두드리는 정부") has no level (null).
import { getJongseong } from 'es-hangul';
import type { SpeechLevel } from './types';

export interface SentenceLevel {
  level: SpeechLevel;
  /** The sentence's last word, where the editor underlines. */
  start: number;
  end: number;
  word: string;
  /** The sentence ends in a question mark. */
  question?: boolean;
}

// A sentence ends at . ? ! … or a line break; the last Hangul word before it carries the ending.
const TERMINATORS = new Set(['.', '?', '!', '…', '。']);
/** Quotation marks that open a stretch in its own register, and the marks that close them. */
const OPENERS = new Map([
  ['“', '”'],
  ['"', '"'],
  ['「', '」'],
  ['『', '』'],
]);
/** Every character the sentence-end scan stops at. */
const MARKS = /[“"「『‘.?!…。\n]/g;
// Between a sentence's last word and its full stop: brackets and spaces (a closing quotation mark
// there means the sentence ends in a quotation, which is skipped).
const SKIP_BEFORE_END = new Set([')', ']', ' ', '\t', '\u00a0']);
const QUOTE_CLOSERS = new Set(['”', '"', '」', '』', '’', "'"]);
const isHangul = (c: string | undefined) => c !== undefined && c >= '가' && c <= '힣';
const YO_NOUNS = new Set(['필요', '중요', '주요', '수요', '강요', '소요', '개요', '동요', '요요', '불필요', '치요']);
// -아/-어 contracted onto a stem ending in a vowel (나오+아 → 나와, 어렵+어 → 어려워, 되+어 → 돼,
// 커지+어 → 커져) also close a 반말 sentence; nouns rarely end a punctuated sentence in these syllables.
// A one-syllable verb closed by the same contraction (쓰+어 → 써, 하+어 → 해, 주+어 → 줘, 되+어 → 돼)
// is a whole word of its own: "물을 끌어다 써."
const BANMAL_RE =
  /(?:[었았였했겠있없]어|같아|좋아|싫어|거야|이야|잖아|거든|[었았였했겠]지|는데|할게|할래|봐|줘|[가-힣][와워돼져]|^[써해돼])$/;
// -어 contracted onto a stem in 이 or another ㅣ-vowel (보이+어 → 보여, 치+어 → 쳐, 끼+어 → 껴, 이기+어 →
// 이겨): the same 반말 ending, once the Sino-Korean nouns in 여 (참여, 기여, 급여) are set aside. 려
// is left out (우려, 배려, 고려 are nouns) and so is 며 (a connective).
const BANMAL_YEO_RE = /[가-힣][여셔쳐껴혀켜텨뎌겨]$/;
// -어/-아 on a stem in ㅡ, whose vowel drops (기쁘+어 → 기뻐, 슬프+어 → 슬퍼, 아프+아 → 아파, 바쁘+아 →
// 바빠, 모르+아 → 몰라): 뻐 ends no noun; the others only as these whole words (양파, 오빠, 점퍼 are nouns).
const BANMAL_EU_RE = /(?:^[가-힣]?뻐|^(?:슬퍼|아파|바빠|나빠|고파|배고파|몰라|빨라|커))$/;
// -어, the exclamative -네 and -지 after any past or existential syllable in ㅆ (냈어, 갔어, 됐어, 있었네,
// 냈네, 봤지): the listed 었/았/였/했 cover the full forms, the contractions (내+었 → 냈, 가+았 → 갔,
// 보+았 → 봤) close a 반말 sentence the same way; no noun ends in ㅆ + 어/네/지.
// The hearsay -대 after the same ㅆ (했대, 갔대, 있대: -다고 해 contracted) is 반말 too; no noun ends in
// ㅆ + 대.
const pastBanmal = (word: string) => {
  if (word.length < 2 || !/[어네지대]$/.test(word)) return false;
  const c = word.charCodeAt(word.length - 2) - 0xac00;
  return c >= 0 && c < 11172 && c % 28 === 20;
};
// The hearsay copula -이래 (-이라고 해 contracted: 31일이래, 사실이래, 것이래) after a closed syllable of a
// noun; 以來 in a sentence's last word would leave no sentence, and nouns in 래 (미래, 거래, 노래) end in
// an open syllable before it. And the 반말 question or exclamation 뭐야 (했지 뭐야, 이게 뭐야).
const hearsayBanmal = (word: string) => {
  if (word === '뭐야' || word === '뭐니') return true;
  if (word.length < 3 || !word.endsWith('이래')) return false;
  const c = word.charCodeAt(word.length - 3) - 0xac00;
  return c >= 0 && c < 11172 && c % 28 !== 0 && c % 28 !== 20;
};
const YEO_NOUNS = /(?:참여|기여|부여|대여|급여|잔여|수여|증여|관여|투여|여여)$/;
const HAERA_RE = /(?:다|는가|[은던]가|느냐|냐|하라|으라|마라|자)$/;

// Without a final full stop (a headline, a caption) only the polite endings count: headlines in
// -다 (…합의했다, …두드린다) are a headline style, not the article's register.
export function levelOfWord(word: string, punctuated = true, isNoun?: (stem: string) => boolean): SpeechLevel | null {
  const level = levelOf(word, isNoun);
  return punctuated || level === 'hapsyo' || level === 'haeyo' ? level : null;
}

// The copula's 반말 form 야 glued to a noun in an open syllable (규모야, 친구야, 문제야): a noun the
// document shows as one elsewhere (규모는), of two syllables or more — one-syllable stems are verbs'
// -아야/-어야 (해야, 가야) and the Sino-Korean nouns in 야 (시야, 여야, 재야) are words of their own.
function nounCopulaYa(word: string, isNoun: (stem: string) => boolean): boolean {
  if (word.length < 3 || !word.endsWith('야')) return false;
  const stem = word.slice(0, -1);
  const last = stem.charCodeAt(stem.length - 1) - 0xac00;
  return last >= 0 && last < 11172 && last % 28 === 0 && isNoun(stem);
}

function levelOf(word: string, isNoun?: (stem: string) => boolean): SpeechLevel | null {
  const n = word.length;
  if (n === 0) return null;
  if (/(?:니다|니까)$/.test(word) && n >= 3) {
    const before = word[n - 3]!;
    if (before === '습' || getJongseong(before) === 'ㅂ') return 'hapsyo';
  }
  if (/(?:요|죠)$/.test(word) && n >= 2 && !YO_NOUNS.has(word) && ![...YO_NOUNS].some((y) => word.endsWith(y))) return 'haeyo';
  if (HAERA_RE.test(word) && n >= 2) return 'haera';
  if (BANMAL_RE.test(word) || BANMAL_EU_RE.test(word) || (BANMAL_YEO_RE.test(word) && !YEO_NOUNS.test(word))) return 'banmal';
  if (pastBanmal(word) || hearsayBanmal(word)) return 'banmal';
  if (isNoun && nounCopulaYa(word, isNoun)) return 'banmal';
  return null;
}

/** The level of every sentence of a Korean text that has one, quoted speech left out. */
export function sentenceLevels(text: string, isNoun?: (stem: string) => boolean): SentenceLevel[] {
  const out: SentenceLevel[] = [];
  forEachSentenceEnd(text, (word, start, end, punctuated, question) => {
    const level = levelOfWord(word, punctuated, isNoun);
    if (level) out.push(question ? { level, start, end, word, question } : { level, start, end, word });
  });
  return out;
}

// A sentence closed by a full stop on a verb nominalised with -음/-ㅁ (개조식, memo style: 줄었음.
// 받고 있음. 확인됨. 발표함. 예정임.), which no speech level of running prose uses. Nouns in 함 (포함, 군함)
// are left out.
// Any past-tense syllable (final ㅆ: 올랐음, 났음, 됐음) before 음 too.
const NOMINAL_END_RE = /(?:[었았였했겠있없않]음|[가-힣]됨|[가-힣]함)$/;
const pastBeforeEum = (word: string) =>
  word.length >= 2 &&
  word.endsWith('음') &&
  (word.charCodeAt(word.length - 2) - 0xac00) % 28 === 20 &&
  word.charCodeAt(word.length - 2) >= 0xac00;
const HAM_NOUNS = /(?:포함|군함|전함|함정|잠수함|구축함|호위함|상륙함)$/;
// The copula nominalised, 이다 → -임, after a noun (해운회사임. 계획임. 때문임. 예정임.): the same memo
// style. A word of three syllables or more: two-syllable words in 임 are mostly nouns of their own
// (책임, 모임, 취임). A longer one that is such a noun (무책임, 움직임, 공동책임) closing a sentence
// with a full stop is a noun ending, memo style all the same.
const copulaIm = (word: string) => word.length >= 3 && word.endsWith('임');

/** Sentences of a Korean text that end, full stop and all, in a nominalised -음/-ㅁ verb. */
export function nominalSentences(text: string): { start: number; end: number; word: string }[] {
  const out: { start: number; end: number; word: string }[] = [];
  forEachSentenceEnd(text, (word, start, end, punctuated) => {
    if (punctuated && word.length >= 2 && (NOMINAL_END_RE.test(word) || pastBeforeEum(word) || copulaIm(word)) && !HAM_NOUNS.test(word))
      out.push({ start, end, word });
  });
  return out;
}

// A body sentence cut to a headline's noun ending (…운행을 6시간 동안 중단. …명단을 발표할 전망.): the
// last word, right before the full stop, is Hangul with no sentence ending of any level, and the
// sentence has three words or more (a one-word answer or a label is no cut sentence), and the word
// stands after a space. Nominalised
// -음/-ㅁ endings are nominalSentences' own.
const NOUN_END_MIN_WORDS = 3;
// A word with a topic or object particle: 은/는/를, or 을 after a syllable no common noun in 을 has
// before it (마을, 가을, 고을).
const isMarkedArgument = (w: string) => /[가-힣](?:은|는|를)[,'’”"]?$/.test(w) || /[가-힣](?<![마가고])을[,'’”"]?$/.test(w);

/** Punctuated sentences of a Korean text that end in a bare noun (a headline's ending inside prose). */
export function nounEndSentences(text: string, isNoun?: (stem: string) => boolean): { start: number; end: number; word: string }[] {
  const out: { start: number; end: number; word: string }[] = [];
  let from = 0;
  forEachSentenceEnd(text, (word, start, end, punctuated) => {
    const sentence = text.slice(from, end);
    from = end + 1;
    if (!punctuated || !TERMINATORS.has(text[end] ?? '') || text[end] === '?' || text[end] === '!') return;
    if (levelOf(word, isNoun) !== null || NOMINAL_END_RE.test(word) || pastBeforeEum(word) || copulaIm(word)) return;
    const words = sentence.trim().split(/\s+/);
    // A whole word after a space: 원)다 is the copula glued to a bracket, not a noun. And a clause:
    // a word before the noun carries a topic or object particle (운행을 … 중단., 그는 … 발표할 전망.);
    // a feature's scene-setting line names a time and a place with none (5일 오전 경북 운곡군 감실마을.).
    if (words.length >= NOUN_END_MIN_WORDS && /\s/.test(text[start - 1] ?? '') && words.slice(0, -1).some(isMarkedArgument))
      out.push({ start, end, word });
  });
  return out;
}

function forEachSentenceEnd(
  text: string,
  visit: (word: string, start: number, end: number, punctuated: boolean, question: boolean) => void,
): void {
  if (!/[가-힣]/.test(text)) return;
  // One pass: quoted stretches are skipped (their own register), and at each sentence end the last
  // Hangul word before it is read. A sentence that ends inside or right after a quotation has no
  // level of its own here.
  // The scan jumps from one mark that matters (an opening quote, a terminator, a line break) to
  // the next, and over a quotation to its closing mark, instead of visiting every character.
  let lastEnd = -1;
  const n = text.length;
  // Whether the line holding position k ends unpunctuated; read once per line (linear).
  let lineEnd = -1;
  let lineOpen = false;
  const headlineAt = (k: number): boolean => {
    if (k >= lineEnd) {
      const nl = text.indexOf('\n', k);
      lineEnd = nl < 0 ? n : nl;
      let j = lineEnd - 1;
      while (j > k && SKIP_BEFORE_END.has(text[j]!)) j--;
      lineOpen = j > k && !TERMINATORS.has(text[j]!) && !QUOTE_CLOSERS.has(text[j]!);
    }
    return lineOpen;
  };
  for (let k = 0; k <= n; k++) {
    MARKS.lastIndex = k;
    const m = MARKS.exec(text);
    k = m ? m.index : n;
    const ch = k < n ? text[k]! : '';
    const close = OPENERS.get(ch) ?? (ch === '‘' && text.indexOf('’', k) > 0 ? '’' : '');
    if (close) {
      const j = text.indexOf(close, k + 1);
      if (j < 0) return;
      k = j;
      continue;
    }
    if (ch === '‘') continue;
    // An ellipsis inside a line that ends with no full stop joins a headline's or standfirst's
    // clauses (…85m 미끄러져… 탑승자 전원 생존): no more a sentence end than the line's own end.
    const punctuated = ch !== '' && ch !== '\n' && !(ch === '…' && headlineAt(k));
    let question = ch === '?';
    let i = k - 1;
    while (i > lastEnd && SKIP_BEFORE_END.has(text[i]!)) i--;
    const end = i + 1;
    while (i > lastEnd && isHangul(text[i])) i--;
    const start = i + 1;
    // Runs of terminators (?!, ??, ...) end one sentence. (The step is its own statement: inside
    // `question ||= …` it was skipped once question was true, and ?? or ?! looped for ever.)
    while (k + 1 < n && TERMINATORS.has(text[k + 1]!)) {
      k++;
      if (text[k] === '?') question = true;
    }
    lastEnd = k;
    if (start === end || QUOTE_CLOSERS.has(text[end] ?? '')) continue;
    visit(text.slice(start, end), start, end, punctuated, question);
  }
}

export const LEVEL_NAMES: Record<SpeechLevel, { en: string; ko: string }> = {
  hapsyo: { en: 'formal polite (합쇼체, -습니다)', ko: '합쇼체(-습니다)' },
  haeyo: { en: 'informal polite (해요체, -어요)', ko: '해요체(-어요)' },
  haera: { en: 'plain (해라체, -다)', ko: '해라체(-다)' },
  banmal: { en: 'casual (반말, -어)', ko: '반말(-어)' },
};
