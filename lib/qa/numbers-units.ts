// Two measures swapped between their units: “153 kilometres an hour (95 mph)” written 시속
// 95㎞(153마일). Both numbers are in the Korean, so the numbers check proper sees nothing missing. A
// Korean number with a unit of length, speed, weight or temperature is a slip when the English gives
// that number with another unit of the same kind, and gives the Korean's unit with another number:
// the numbers were moved between the units.

export interface UnitSlip {
  text: string;
  start: number;
  end: number;
  /** The number the English gives with that unit (153). */
  want: number;
}

// English units, by what they measure, and the canonical unit each stands for.
const EN_UNIT: [RegExp, string][] = [
  [/^(?:kilomet(?:re|er)s?(?: (?:an|per) hour)?|km(?:\/h|ph)?|kph)$/i, 'km'],
  [/^(?:miles?(?: (?:an|per) hour)?|mph)$/i, 'mi'],
  [/^(?:kilograms?|kilogrammes?|kgs?)$/i, 'kg'],
  [/^(?:pounds?|lbs?)$/i, 'lb'],
  [/^(?:centimet(?:re|er)s?|cm)$/i, 'cm'],
  [/^(?:inch(?:es)?|in)$/i, 'in'],
  [/^(?:met(?:re|er)s?)$/i, 'm'],
  [/^(?:feet|foot|ft)$/i, 'ft'],
  [/^(?:°\s?C|degrees? (?:Celsius|centigrade))$/i, 'C'],
  [/^(?:°\s?F|degrees? Fahrenheit)$/i, 'F'],
];
const KIND: Record<string, string> = {
  km: 'len',
  mi: 'len',
  kg: 'wt',
  lb: 'wt',
  cm: 'short',
  in: 'short',
  m: 'mid',
  ft: 'mid',
  C: 't',
  F: 't',
};
const EN_RE =
  /(\d[\d,]*(?:\.\d+)?)[\s-]?(kilomet(?:re|er)s?(?: (?:an|per) hour)?|km\/h|kmph|kph|km|miles?(?: (?:an|per) hour)?|mph|kilogram(?:me)?s?|kgs?|pounds?|lbs?|centimet(?:re|er)s?|cm|inch(?:es)?|met(?:re|er)s?|feet|foot|ft|°\s?[CF]|degrees? (?:Celsius|centigrade|Fahrenheit))\b/gi;
const KO_UNIT: Record<string, string> = {
  '㎞': 'km',
  km: 'km',
  킬로미터: 'km',
  마일: 'mi',
  '㎏': 'kg',
  kg: 'kg',
  킬로그램: 'kg',
  파운드: 'lb',
  '㎝': 'cm',
  cm: 'cm',
  센티미터: 'cm',
  인치: 'in',
  미터: 'm',
  피트: 'ft',
  '℃': 'C',
  '°C': 'C',
  '℉': 'F',
  '°F': 'F',
};
const KO_RE = /(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s?(㎞|km|킬로미터|마일|㎏|kg|킬로그램|파운드|㎝|cm|센티미터|인치|미터|피트|℃|°C|℉|°F)/g;
const HAS_KO_UNIT = /[㎞㎏㎝℃℉]|km|kg|cm|°[CF]|킬로|마일|파운드|센티|인치|미터|피트/;

const num = (s: string) => Number(s.replace(/,/g, ''));
const canon = (u: string) => EN_UNIT.find(([re]) => re.test(u.trim()))?.[1];

/** Korean measures whose number the English gives another unit of the kind, and whose unit another number. */
export function swappedUnits(src: string, tgt: string): UnitSlip[] {
  if (!HAS_KO_UNIT.test(tgt) || !/\d/.test(src)) return [];
  const source: { value: number; unit: string }[] = [];
  for (const m of src.matchAll(EN_RE)) {
    const unit = canon(m[2]!);
    if (unit) source.push({ value: num(m[1]!), unit });
  }
  if (source.length < 2) return [];
  const out: UnitSlip[] = [];
  for (const m of tgt.matchAll(KO_RE)) {
    const value = num(m[1]!);
    const unit = KO_UNIT[m[2]!]!;
    if (source.some((s) => s.unit === unit && s.value === value)) continue;
    const other = source.find((s) => s.value === value && s.unit !== unit && KIND[s.unit] === KIND[unit]);
    const want = source.find((s) => s.unit === unit);
    if (other && want) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, want: want.value });
  }
  return out;
}

// What a unit measures at any scale: metres for kilometres (40~50m → 40~50㎞) moves the measure a
// thousandfold, though the number stays.
const DIMENSION: Record<string, string> = {
  km: 'len',
  mi: 'len',
  m: 'len',
  ft: 'len',
  cm: 'len',
  in: 'len',
  kg: 'wt',
  lb: 'wt',
  C: 't',
  F: 't',
};
const UNIT_NAME: Record<string, { en: string; ko: string }> = {
  km: { en: 'kilometres', ko: '킬로미터(㎞)' },
  mi: { en: 'miles', ko: '마일' },
  m: { en: 'metres', ko: '미터(m)' },
  ft: { en: 'feet', ko: '피트' },
  cm: { en: 'centimetres', ko: '센티미터(㎝)' },
  in: { en: 'inches', ko: '인치' },
  kg: { en: 'kilograms', ko: '킬로그램(㎏)' },
  lb: { en: 'pounds', ko: '파운드' },
  C: { en: 'degrees Celsius', ko: '섭씨(℃)' },
  F: { en: 'degrees Fahrenheit', ko: '화씨(℉)' },
};

export interface UnitChange {
  text: string;
  start: number;
  end: number;
  /** The unit the English gives this number with. */
  want: { en: string; ko: string };
}

/**
 * Korean measures whose number the English gives with another unit of the same dimension and never
 * with the Korean's (50 metres → 50㎞, 30 kg → 30파운드): the unit was changed, the number kept. A
 * converted measure has another number and passes; two measures swapped are swappedUnits'.
 */
export function changedUnits(src: string, tgt: string): UnitChange[] {
  if (!HAS_KO_UNIT.test(tgt) || !/\d/.test(src)) return [];
  const source: { value: number; unit: string }[] = [];
  for (const m of src.matchAll(EN_RE)) {
    const unit = canon(m[2]!);
    if (unit) source.push({ value: num(m[1]!), unit });
  }
  if (source.length === 0) return [];
  const out: UnitChange[] = [];
  for (const m of tgt.matchAll(KO_RE)) {
    const value = num(m[1]!);
    const unit = KO_UNIT[m[2]!]!;
    if (source.some((s) => s.value === value && s.unit === unit)) continue;
    const other = source.find((s) => s.value === value && DIMENSION[s.unit] === DIMENSION[unit]);
    // A swap (the English gives the Korean's unit another number of the same kind) is reported as one.
    if (!other || (KIND[other.unit] === KIND[unit] && source.some((s) => s.unit === unit))) continue;
    out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, want: UNIT_NAME[other.unit]! });
  }
  return out;
}
