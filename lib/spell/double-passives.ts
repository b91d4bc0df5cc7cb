// The double passive (이중 피동): a passive verb made with the suffix -이-/-히-/-리-/-기- (잊히다,
// 보이다, 쓰이다, 읽히다, 열리다, 믿기다) that takes -어지다 on top (잊혀지다, 보여지는, 쓰여진, 믿겨진),
// which 국립국어원 and the style guides count among the commonest errors: the single passive says it
// (잊혀진 → 잊힌, 보여지는 → 보이는, 닫혀졌다 → 닫혔다, 나뉘어지다 → 나뉘다). The dictionary accepts
// such forms, so the rule asks only its own lexicon: passive verbs only, never a causative or an
// active verb in the same shape, whose -어지다 is standard (밝혀지다, 알려지다, 남겨지다, 맡겨지다,
// 붙여지다, 느껴지다, 지켜지다), nor verbs with no passive suffix (만들어지다, 이루어지다, 주어지다).
import { compose, isSyl, parts } from './syllables';

// Stems (the verb without -다) of common passive verbs in -이-/-히-/-리-/-기- (표준국어대사전's
// 피동사; 한국어 문법 references' lists), leaving out those that are as often causatives (들리다,
// 씻기다, 감기다, 물리다, 달리다, 날리다).
const PASSIVE_STEMS = [
  // -이-
  '보이',
  '쓰이',
  '놓이',
  '짜이',
  '쌓이',
  '꺾이',
  '섞이',
  '덮이',
  '깎이',
  '묶이',
  '엮이',
  '꼬이',
  '파이',
  '싸이',
  '베이',
  '차이',
  '치이',
  '매이',
  '볶이',
  '나뉘',
  '바뀌',
  '뒤바뀌',
  // -히-
  '잊히',
  '읽히',
  '닫히',
  '잡히',
  '먹히',
  '뽑히',
  '밟히',
  '묻히',
  '박히',
  '막히',
  '얽히',
  '찍히',
  '꽂히',
  '업히',
  '접히',
  '긁히',
  '맺히',
  '얹히',
  '꼽히',
  '뒤집히',
  '파묻히',
  '짓밟히',
  '부딪히',
  '갇히',
  '걷히',
  '붙잡히',
  '사로잡히',
  '꼬집히',
  '씹히',
  // -리-
  '열리',
  '팔리',
  '걸리',
  '불리',
  '풀리',
  '밀리',
  '눌리',
  '깔리',
  '갈리',
  '실리',
  '쏠리',
  '털리',
  '헐리',
  '뚫리',
  '잘리',
  '몰리',
  '쓸리',
  '찔리',
  '흔들리',
  '빨리',
  // -기-
  '찢기',
  '믿기',
  '안기',
  '쫓기',
  '끊기',
  '뜯기',
  '담기',
  '잠기',
  '빼앗기',
  '뺏기',
  '휘감기',
];

const I = 20; // ㅣ
const YEO = 6; // ㅕ
const J = 12; // ㅈ
const L_IEUNG = 11; // ㅇ
const U = 13; // ㅜ
const WEO = 14; // ㅝ

/** The stem with the connective -어 (잊히 → 잊혀, 보이 → 보여, 나뉘 → 나뉘어; 쓰이 → 쓰여 or 씌어). */
function withEo(stem: string): string[] {
  const last = parts(stem.at(-1)!);
  const head = stem.slice(0, -1);
  if (last.v === I) {
    const out = [head + compose(last.l, YEO, 0)];
    // 쓰이어 is also 씌어 (한글 맞춤법 제38항), and 씌여 is a blend of the two that is often written.
    if (stem === '쓰이') out.push('씌어', '씌여');
    return out;
  }
  return [`${stem}어`];
}

let table: [string, string, string][] | null = null;

/** [the stem with -어, the stem, the stem with -어] longest first: what the word starts with. */
function forms(): [string, string, string][] {
  table ??= PASSIVE_STEMS.flatMap((s) => withEo(s).map((eo): [string, string, string] => [eo, s, withEo(s)[0]!])).sort(
    (a, b) => b[0].length - a[0].length,
  );
  return table;
}

/** The word from `base` (a stem or its -어 form) with the final of syllable `c` and `rest` after it. */
function rebuild(base: string, t: number, rest: string): string {
  const last = parts(base.at(-1)!);
  return base.slice(0, -1) + compose(last.l, last.v, t) + rest;
}

/**
 * The -지-/-져- syllable after a stem's -어 at `at`, with the base its ending goes on (`stem` for -지-,
 * `eoStd` for -져-), or null.
 */
function afterEo(word: string, at: number, stem: string, eoStd: string): string | null {
  const c = word[at];
  if (c === undefined || !isSyl(c)) return null;
  const { l, v, t } = parts(c);
  if (l !== J || (v !== I && v !== YEO)) return null;
  const rest = word.slice(at + 1);
  // -지- with no ending after it is no verb form (잊혀지 alone).
  if (v === I && t === 0 && rest === '') return null;
  return rebuild(v === I ? stem : eoStd, t, rest);
}

/**
 * The single passive for a double passive (잊혀진 → 잊힌, 보여지는 → 보이는, 닫혀졌다 → 닫혔다,
 * 믿겨져서 → 믿겨서), or null. The syllable after the stem's -어 is -지- (지, 진, 질, 짐, 집: the ending
 * goes on the stem) or -져- (져, 졌: on the stem's -어). Also 되다, itself a passive, with -어지다
 * (생각되어진다 → 생각된다, 사용되어졌다 → 사용되었다), and a passive stem with a needless -우-
 * (불리우다 → 불리다, 불리운 → 불린, 불리워진 → 불린: 표준국어대사전 counts 불리우다 as 불리다 misspelt).
 */
export function doublePassive(word: string): string | null {
  for (const [eo, stem, eoStd] of forms()) {
    if (!word.startsWith(eo) || word.length <= eo.length) continue;
    const fixed = afterEo(word, eo.length, stem, eoStd);
    if (fixed !== null) return fixed;
  }
  const d = word.indexOf('되어');
  if (d >= 0) {
    const fixed = afterEo(word, d + 2, word.slice(0, d + 1), word.slice(0, d + 2));
    if (fixed !== null) return fixed;
  }
  return extraU(word);
}

/** 불리우다 → 불리다, 불리워진 → 불려진 → 불린: a passive stem, then 우 or 워 that is no part of it. */
function extraU(word: string): string | null {
  for (const stem of PASSIVE_STEMS) {
    if (!word.startsWith(stem) || word.length <= stem.length) continue;
    const c = word[stem.length]!;
    if (!isSyl(c)) continue;
    const { l, v, t } = parts(c);
    const rest = word.slice(stem.length + 1);
    if (l !== L_IEUNG || (v !== U && v !== WEO)) continue;
    if (v === U && t === 0 && rest === '') continue;
    const fixed = rebuild(v === U ? stem : withEo(stem)[0]!, t, rest);
    return doublePassive(fixed) ?? fixed;
  }
  return null;
}
