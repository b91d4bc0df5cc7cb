// The one list of what may follow a noun in the spelling check (particles, copula forms, and the
// bound nouns news glues to names), used by filters.ts (a chain of them after a known word) and
// transliteration.ts (one of them after a foreign name). es-hangul decides which form of a particle
// pair agrees with a word (josa.pick, used in lib/names/particles.ts) but has no inventory of
// particles, so the inventory lives here.

/**
 * Case particles and copula forms: the only things a foreign name may be followed by (one of them,
 * after an optional 들/측/씨/쪽), as a chain of endings would read verb endings as particles.
 */
export const CASE_PARTICLES: readonly string[] = [
  '에서',
  '에게',
  '까지',
  '부터',
  '으로',
  '이었다',
  '이라는',
  '이라고',
  '입니다',
  '이다',
  '였다',
  '라는',
  '라고',
  '에는',
  '에도',
  '과의',
  '와의',
  '처럼',
  '보다',
  '으로는',
  '로는',
  '의',
  '이',
  '가',
  '은',
  '는',
  '을',
  '를',
  '에',
  '와',
  '과',
  '로',
  '도',
  '만',
];

/** Bound nouns glued to a name before its particle (트럼프측은, 박씨가). */
export const NAME_HEADS: readonly string[] = ['들', '측', '씨', '쪽'];

/** Further particles, copula and connective endings a noun may carry in a chain (에서부터, 이라며, 님, 네). */
const MORE_TAILS: readonly string[] = [
  '에서부터',
  '으로부터',
  '로부터',
  '이라며',
  '이라면',
  '으로서',
  '으로써',
  '에게서',
  '에서는',
  '에서도',
  '에게는',
  '에게도',
  '께서는',
  '한테',
  '께서',
  '마다',
  '조차',
  '밖에',
  '이나',
  '이며',
  '이고',
  '라며',
  '라면',
  '이란',
  '이자',
  '로서',
  '로써',
  '에의',
  '이던',
  '만큼',
  '대로',
  '뿐',
  '하고',
  '이랑',
  '랑',
  '같이',
  '께',
  '나',
  '며',
  '고',
  '다',
  '란',
  '자',
  '던',
  '인',
  '님',
  '네',
  // 보조사 of choice and concession (형태로든, 곳에서라도, 누구이든)
  '이든',
  '든',
  '이라도',
  '라도',
  // The copula with -라기보다 (A라기보다 B: 게임이라기보다, 취미라기보다는)
  '이라기보다',
  '라기보다',
];

/** Everything a noun may carry in a chain, longest first so the chain reads greedily. */
export const NOUN_TAILS: readonly string[] = [...new Set([...CASE_PARTICLES, ...NAME_HEADS, ...MORE_TAILS])].sort(
  (a, b) => b.length - a.length,
);

const TAIL_RE = new RegExp(`^(?:${NOUN_TAILS.join('|')})+$`);

/** Whether `rest` is a chain of particles/copula endings (은, 에서도, 이라며, 측은 …). */
export function isParticleTail(rest: string): boolean {
  return rest === '' || TAIL_RE.test(rest);
}

const NAME_TAIL = new RegExp(`^(?:${NAME_HEADS.join('|')})?(?:${CASE_PARTICLES.join('|')})?$`);

/** What may follow a foreign name: one case particle or copula form, after an optional 들/측/씨/쪽. */
export function isNameTail(rest: string): boolean {
  return NAME_TAIL.test(rest);
}
