// Numbers, dates and years survive translation almost untouched, so they are the strongest anchors we
// have without a dictionary. English writes them as digits, number words ("seven occasions") or dates
// ("August 20th", "May fourth"); Korean writes digits with counters ("8월 20일", "7차례", "150만").
// Both sides are reduced to the same normalised values ("8", "20", "1500000") so they can be compared.

const ONES: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
];
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const KO_SCALES: Record<string, number> = {
  천: 1e3, 만: 1e4, 십만: 1e5, 백만: 1e6, 천만: 1e7, 억: 1e8, 십억: 1e9, 백억: 1e10, 천억: 1e11, 조: 1e12,
};
// Native Korean numerals only count before a counter word; alone they are too ambiguous (세 = "world", 네 = "yes").
const KO_NATIVE: Record<string, number> = {
  두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10,
};

/** Canonical string for a numeric value, so "1,000", "1000" and "천" compare equal. */
export function normaliseNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

function parseDigits(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** An English ordinal or cardinal word used as a day after a month name ("May fourth", "June twenty-first"). */
function dayWord(word: string): number | undefined {
  const parts = word.toLowerCase().split('-');
  if (parts.length === 2 && TENS[parts[0]] !== undefined) {
    const unit = ORDINALS[parts[1]] ?? ONES[parts[1]];
    return unit !== undefined && unit < 10 ? TENS[parts[0]] + unit : undefined;
  }
  return ORDINALS[parts[0]] ?? ONES[parts[0]] ?? TENS[parts[0]];
}

/** A cardinal number word ("seven", "twenty-five"); "one" is left out because it is mostly a pronoun. */
function cardinalWord(word: string): number | undefined {
  const parts = word.toLowerCase().split('-');
  if (parts.length === 2 && TENS[parts[0]] !== undefined && ONES[parts[1]] !== undefined && ONES[parts[1]] < 10) {
    return TENS[parts[0]] + ONES[parts[1]];
  }
  if (parts.length !== 1) return undefined;
  return ONES[parts[0]] ?? TENS[parts[0]];
}

const NUMBER_WORDS = [...Object.keys(ONES), ...Object.keys(TENS), ...MONTHS];
// Only digits and the words that can carry a number are visited; the word after (scale, day) and
// before ("in May") are read on demand. Scanning every word made this the slowest step of align().
const EN_CANDIDATE = new RegExp(
  `\\d[\\d,]*(?:\\.\\d+)?(?:st|nd|rd|th)?|(?<![A-Za-z])(?:${NUMBER_WORDS.join('|')})(?:-[A-Za-z]+)?(?![A-Za-z])`,
  'gi',
);
const NEXT_WORD = /[\s\u00a0]+(\d+(?:st|nd|rd|th)?|[A-Za-z]+(?:-[A-Za-z]+)?)/y;
const PREVIOUS_WORD = /([A-Za-z]+)[\s\u00a0-]+$/;
// "May" is also a modal verb: only read it as a month when a day follows or a preposition precedes it.
const MAY_CONTEXT = /^(?:in|since|until|from|of|by|early|late|mid|last|next|this|on|through|till)$/i;

/** Normalised numeric values mentioned in an English paragraph (digits, number words, dates). */
export function englishNumbers(text: string): string[] {
  const out: string[] = [];
  EN_CANDIDATE.lastIndex = 0;
  for (let m = EN_CANDIDATE.exec(text); m; m = EN_CANDIDATE.exec(text)) {
    const tok = m[0];
    NEXT_WORD.lastIndex = m.index + tok.length;
    const nextMatch = NEXT_WORD.exec(text);
    const next = nextMatch?.[1].toLowerCase();
    const scale = next !== undefined ? SCALES[next] : undefined;
    const skipNext = () => {
      if (nextMatch) EN_CANDIDATE.lastIndex = NEXT_WORD.lastIndex;
    };
    if (/^\d/.test(tok)) {
      const value = parseDigits(tok.replace(/(?:st|nd|rd|th)$/, ''));
      if (Number.isFinite(value)) out.push(normaliseNumber(scale ? value * scale : value));
      if (scale) skipNext();
      continue;
    }
    const lower = tok.toLowerCase();
    const month = MONTHS.indexOf(lower);
    if (month >= 0) {
      if (!/^[A-Z]/.test(tok)) continue;
      const day = next === undefined || /^\d/.test(next) ? undefined : dayWord(next);
      const dayFollows = day !== undefined || (next !== undefined && /^\d{1,2}(?:st|nd|rd|th)?$/.test(next));
      const previous = PREVIOUS_WORD.exec(text.slice(Math.max(0, m.index - 16), m.index))?.[1] ?? '';
      if (lower === 'may' && !dayFollows && !MAY_CONTEXT.test(previous)) continue;
      out.push(String(month + 1));
      if (day !== undefined) {
        out.push(String(day));
        skipNext();
      }
      continue;
    }
    const card = cardinalWord(tok);
    // "the two Koreas / sides / leaders" is 남북 / 양측 / 두 정상 in Korean: rarely a digit.
    if (card === 2 && /\bthe[\s\u00a0]+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    if (card !== undefined) {
      out.push(normaliseNumber(scale ? card * scale : card));
      if (scale) skipNext();
    }
  }
  return out;
}

const KO_SCALE = '십만|백만|천만|십억|백억|천억|천|만|억|조';
// A Korean amount can chain groups with falling scales: "13만 3천" = 133,000, "2만 8,500" = 28,500,
// "1억 2천만" = 120,000,000. The whole chain is one number, as the English "133,000" is.
// The scale must touch the digits: "5·24 조치" is a date and "measures", not 24 trillion.
const KO_DIGITS = new RegExp(
  `(\\d[\\d,]*(?:\\.\\d+)?)(${KO_SCALE})?((?:\\s?\\d[\\d,]*(?:\\.\\d+)?(?:${KO_SCALE})?)*)`,
  'g',
);
const KO_GROUP = new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)(${KO_SCALE})?`, 'g');

/** Splits "13만 3천" into [130000, 3000]-style groups and sums the chain while scales fall. */
function koreanAmounts(chain: string): number[] {
  const out: number[] = [];
  let sum = 0;
  let lastScale = Infinity;
  for (const g of chain.matchAll(KO_GROUP)) {
    const value = parseDigits(g[1]);
    if (!Number.isFinite(value)) continue;
    const scale = g[2] ? KO_SCALES[g[2]] : 1;
    // A plain number after a scaled one continues it only if it is smaller than that scale.
    if (scale < lastScale && sum > 0 && value * scale < lastScale) {
      sum += value * scale;
    } else {
      if (sum > 0 || out.length > 0 || lastScale !== Infinity) out.push(sum);
      sum = value * scale;
    }
    lastScale = g[2] ? scale : 0;
  }
  out.push(sum);
  return out;
}
const KO_NATIVE_COUNTER =
  /(?:^|[\s(“‘"'])(두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?(?:차례|번|명|개|가지|곳|주|달|해|척|발|개월|시간|나라|국)/g;

/** Normalised numeric values mentioned in a Korean paragraph (digits with 만/억 scales, native numerals). */
export function koreanNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(KO_DIGITS)) {
    for (const value of koreanAmounts(m[0])) out.push(normaliseNumber(value));
  }
  for (const m of text.matchAll(KO_NATIVE_COUNTER)) out.push(String(KO_NATIVE[m[1]]));
  return out;
}
