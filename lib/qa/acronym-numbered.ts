// Acronyms with a series numeral (KSLV-II, KSLV-Ⅱ, KSLV-2, KSLVⅡ) and the numeral's value, for the
// acronyms check (acronyms.ts), which compares them between the English and the Korean.
// An acronym and a numeral after a hyphen (KSLV-II, KSLV-Ⅱ, KSLV-2) or a Unicode Roman numeral glued
// to it (KSLVⅡ). The numeral may not run on into Latin letters or digits.
const NUMBERED_RE = /(?<![A-Za-z])([A-Z][A-Z&]{1,7})(?:[-‐–]([IVX]{1,6}|\d{1,3}|[Ⅰ-Ⅻ])|([Ⅰ-Ⅻ]))(?![A-Za-z\d])/g;
export const ROMAN_RE = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUE: Record<string, number> = { I: 1, V: 5, X: 10 };

/** The value of a series numeral: Arabic digits, ASCII Roman (II, IV) or a Unicode Roman numeral (Ⅱ). */
export function numeralValue(n: string): number | null {
  if (/^\d+$/.test(n)) return Number(n);
  const c = n.codePointAt(0)!;
  if (n.length === 1 && c >= 0x2160 && c <= 0x216b) return c - 0x2160 + 1;
  if (!n || !ROMAN_RE.test(n)) return null;
  let v = 0;
  for (let i = 0; i < n.length; i++) {
    const here = ROMAN_VALUE[n[i]!]!;
    const next = ROMAN_VALUE[n[i + 1] ?? ''] ?? 0;
    v += here < next ? -here : here;
  }
  return v;
}

export interface Numbered {
  acronym: string;
  numeral: string;
  value: number;
  roman: boolean;
  start: number;
  end: number;
  text: string;
}

export function numberedCodes(text: string): Numbered[] {
  if (!/[A-Z]{2}/.test(text)) return [];
  const out: Numbered[] = [];
  for (const m of text.matchAll(NUMBERED_RE)) {
    const numeral = m[2] ?? m[3]!;
    const value = numeralValue(numeral);
    if (value === null || value === 0) continue;
    out.push({ acronym: m[1]!, numeral, value, roman: !/^\d/.test(numeral), start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  return out;
}
