// Two Korean words that name opposites (유효표 / 무효표, 상반기 / 하반기, 공정 / 불공정) are two
// referents, never two renderings of one phrase: a paragraph on valid votes and one on invalid
// votes share their English words (the smudged stamp) and their syllables, not a term. The
// phrase-consistency passes look for near forms; this tells a near form from an opposite.

// Syllables that stand for opposites in Sino-Korean compounds, as pairs (유 ‘having’ / 무 ‘lacking’,
// 상 ‘upper’ / 하 ‘lower’, 내 / 외, 전 / 후, 입 / 출, 찬 / 반, 승 / 패, 증 / 감, 여 / 야 …).
const PAIRS = [
  '유무',
  '상하',
  '내외',
  '전후',
  '입출',
  '찬반',
  '승패',
  '흑백',
  '흑적',
  '남북',
  '동서',
  '좌우',
  '고저',
  '장단',
  '대소',
  '증감',
  '득실',
  '여야',
  '개폐',
  '주야',
  '노사',
  '선후',
  '강약',
  '가부',
  '당낙',
  '진퇴',
  '수급',
  '매도',
];
const OPPOSITE = new Set(PAIRS.flatMap((p) => [p, `${p[1]}${p[0]}`]));
// Prefixes that negate the word after them (불공정, 비정규직, 미확인, 무자격, 반독점).
const NEGATION = /^[불비미무반]/;

/** `a` and `b` name opposites: one syllable swapped for its opposite, or one of them the other negated. */
export function opposites(a: string, b: string): boolean {
  const x = a.replace(/\s+/g, '');
  const y = b.replace(/\s+/g, '');
  if (x.length > 16 || y.length > 16) return false;
  if (x.length === y.length) {
    let at = -1;
    for (let i = 0; i < x.length; i++)
      if (x[i] !== y[i]) {
        if (at >= 0) return false;
        at = i;
      }
    return at >= 0 && OPPOSITE.has(`${x[at]}${y[at]}`);
  }
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return long.length === short.length + 1 && short.length >= 2 && NEGATION.test(long) && long.slice(1) === short;
}
