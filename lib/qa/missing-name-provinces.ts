// The halves of a divided Korean province, as Korean news abbreviates them: North/South Gyeongsang
// Province → 경북/경남, North/South Jeolla → 전북/전남, South Chungcheong → 충남, South Hamgyong → 함남,
// North Pyongan → 평북. The English names the province by its romanised name after North or South;
// the Korean keeps only the name's first syllable and 북 or 남 (경남 창원, 전북 지역). The place is
// present when a word starts with a reading's first syllable and the half the English gives.
import { initialSoundForms, liquidForms } from './missing-name-institutions';

const HALF = /\b(North|South)[ -]$/;

/**
 * True when the English gives the place as the North or South half of a province (the word before
 * it, or the name's own first word) and the Korean has that half's abbreviation as a word's start.
 */
export function provinceHalfPresent(src: string, start: number, name: string, readings: string[], tgt: string): boolean {
  if (!/\b[Pp]rovinces?$|-do$/.test(name)) return false;
  const own = /^(North|South)\s/.exec(name);
  const side = own?.[1] ?? HALF.exec(src.slice(Math.max(0, start - 7), start))?.[1];
  if (!side) return false;
  const half = side === 'North' ? '북' : '남';
  const firsts = new Set<string>();
  for (const r of readings.slice(0, 3))
    for (const f of [r, ...initialSoundForms(r), ...liquidForms(r)]) if (/^[가-힣]/.test(f)) firsts.add(f[0]!);
  for (const f of firsts) if (new RegExp(`(?<![가-힣])${f}${half}`).test(tgt)) return true;
  return false;
}
