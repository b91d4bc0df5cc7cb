// Korean institutions, areas and companies the English names by a romanised word before a generic
// noun, and pairs or lists of places after a preposition: found in the source and looked for in the
// Korean (missing-name.ts runs them), with the initial-sound rule (두음 법칙) the readings and
// missing-name.ts's person names both use. Split from missing-name.ts, unchanged.
import { hangulSkeleton, skeleton } from '../align/names';
import { placeCandidates } from '../names/candidates';
import { isRomanisedKorean } from './romanised-shapes';

// A Korean institution, area or company the English names by a romanised word before a generic noun
// (Kyungnam University, Ewha Womans University, Ryanggang provinces, the Sunan area, Hyundai Steel,
// Daewoo Shipbuilding): the Korean keeps the word in some form (경남대, 이화여대, 양강도, 순안 일대,
// 현대제철, 대우조선). lib/names only proposes people and
// places with an administrative suffix, so these are found here.
const INSTITUTION_RE =
  /(?<![A-Za-z])([A-Z][a-z]{2,14})(?: Womans| Women['’]s| National)? (?:University|College|[Pp]rovinces?|area|district|region|county|Steel|Motors?|Electronics|Heavy Industries|Shipbuilding|Chemicals?|Securities|Construction)\b/g;
export const NOT_HEAD = new Set([
  'korea',
  'korean',
  'north',
  'south',
  'east',
  'west',
  'new',
  'central',
  'national',
  'state',
  'the',
  'border',
  'capital',
  'coastal',
  'rural',
  'urban',
  'metropolitan',
  'western',
  'eastern',
  'northern',
  'southern',
  'seoul',
  'pyongyang',
]);

type Institution = { head: string; start: number; end: number; pair?: boolean; company?: boolean };
// Per source text, like the names of lib/names (the same paragraph is checked after every save).
const institutionMemo = new Map<string, Institution[]>();
export function institutionsIn(src: string): Institution[] {
  let v = institutionMemo.get(src);
  if (v === undefined) {
    v = findInstitutions(src);
    if (institutionMemo.size > 5000) institutionMemo.clear();
    institutionMemo.set(src, v);
  }
  return v;
}

// Two places or a list of them after a preposition (manufacturers in Changwon and Gumi; complexes in
// Jamsil, Samseong, Daechi and Cheongdam): each a place the Korean keeps (창원과 구미; 잠실·삼성·대치·
// 청담동), when every word is romanised Korean and none a country or a capital.
const PLACE_PAIR_RE = /\b(?:[Ii]n|at|near|from|of|between) ((?:[A-Z][a-z]{2,14}, ){0,6}[A-Z][a-z]{2,14},? and [A-Z][a-z]{2,14})\b/g;
export const NOT_PLACE = new Set(
  'china japan taiwan russia india europe asia africa america canada mexico britain france germany italy spain vietnam mongolia tokyo beijing washington moscow'.split(
    ' ',
  ),
);

function findInstitutions(src: string): Institution[] {
  const out: Institution[] = [];
  const seen = new Set<string>();
  if (src.includes(' and '))
    for (const m of src.matchAll(PLACE_PAIR_RE)) {
      const heads = m[1]!.split(/,? and |, /);
      // Nationality adjectives (Chinese and Japanese firms) are no places.
      if (
        heads.some(
          (h) =>
            NOT_HEAD.has(h.toLowerCase()) || NOT_PLACE.has(h.toLowerCase()) || /(?:ese|ian|ish|ean|can)$/.test(h) || !isRomanisedKorean(h),
        )
      )
        continue;
      let at = m.index!;
      for (const head of heads) {
        const start = src.indexOf(head, at);
        at = start + head.length;
        if (seen.has(head)) continue;
        seen.add(head);
        out.push({ head, start, end: start + head.length, pair: true });
      }
    }
  if (
    !/University|College|[Pp]rovince|area|district|region|county|Steel|Motor|Electronics|Heavy Industries|Shipbuilding|Chemical|Securities|Construction/.test(
      src,
    )
  )
    return out;
  for (const m of src.matchAll(INSTITUTION_RE)) {
    const head = m[1]!;
    // Each name once (its first mention), like the names of lib/names.
    if (seen.has(m[0]) || NOT_HEAD.has(head.toLowerCase()) || !isRomanisedKorean(head)) continue;
    seen.add(m[0]);
    const company = /(?:Steel|Motors?|Electronics|Industries|Shipbuilding|Chemicals?|Securities|Construction)$/.test(m[0]);
    out.push({ head, start: m.index!, end: m.index! + m[0].length, ...(company ? { company } : {}) });
  }
  return out;
}

// The initial-sound rule (두음 법칙) on a reading's first syllable: 량강 → 양강, 로동 → 노동.
const I_Y_VOWELS = new Set([2, 6, 7, 12, 17, 20]); // ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ
function initialSound(word: string): string {
  const c = word.charCodeAt(0) - 0xac00;
  if (c < 0 || c >= 11172) return word;
  const onset = Math.floor(c / 588);
  const vowel = Math.floor((c % 588) / 28);
  if (onset !== 5 && onset !== 2) return word; // ㄹ, ㄴ
  const next = I_Y_VOWELS.has(vowel) ? 11 : onset === 5 ? 2 : onset;
  return next === onset ? word : String.fromCharCode(0xac00 + next * 588 + (c % 588)) + word.slice(1);
}

// The same word under the initial-sound rule either way: 라진 → 나진, 리 → 이, 량강 → 양강 (the South's
// spelling); 나진 → 라진, 노동 → 로동, 이 → 리/니 (the North's, which writes the rule's ㄹ and ㄴ).
export function initialSoundForms(word: string): string[] {
  const c = word.charCodeAt(0) - 0xac00;
  if (c < 0 || c >= 11172) return [];
  const onset = Math.floor(c / 588);
  const iy = I_Y_VOWELS.has(Math.floor((c % 588) / 28));
  const withOnset = (o: number) => String.fromCharCode(0xac00 + o * 588 + (c % 588)) + word.slice(1);
  const out: string[] = [];
  const south = initialSound(word);
  if (south !== word) out.push(south);
  if (onset === 2 && !iy) out.push(withOnset(5)); // 나 → 라
  if (onset === 11 && iy) out.push(withOnset(5), withOnset(2)); // 이 → 리, 니
  return out;
}

// Liquidisation (유음화): ㄴ next to ㄹ is said ㄹ, so Revised Romanization writes 한림 Hallim, 신라
// Silla, 전라 Jeolla, 설날 Seollal. A reading with ㄹ closing one syllable and ㄹ opening the next
// (할림) stands for ㄴ+ㄹ (한림) or ㄹ+ㄴ (설날) as well; the ㄹㄹ spelling is the rarer in names.
export function liquidForms(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    const a = word.charCodeAt(i) - 0xac00;
    const b = word.charCodeAt(i + 1) - 0xac00;
    if (a < 0 || a >= 11172 || b < 0 || b >= 11172 || a % 28 !== 8 || Math.floor(b / 588) !== 5) continue;
    const head = word.slice(0, i);
    const tail = word.slice(i + 2);
    out.push(head + String.fromCharCode(0xac00 + a - 8 + 4) + word[i + 1] + tail); // ㄹ → ㄴ: 할림 → 한림
    out.push(head + word[i] + String.fromCharCode(0xac00 + b - 5 * 588 + 2 * 588) + tail); // ㄹ → ㄴ: 설랄 → 설날
  }
  return out;
}

// Candidate readings per head word, computed once per process (the same names recur per save).
const readings = new Map<string, string[]>();
export function readingsOf(head: string): string[] {
  let v = readings.get(head);
  if (!v) {
    v = placeCandidates(head, 5).flatMap((c) => [
      ...(initialSound(c.target) === c.target ? [c.target] : [c.target, initialSound(c.target)]),
      ...liquidForms(c.target),
    ]);
    if (readings.size > 2000) readings.clear();
    readings.set(head, v);
  }
  return v;
}

/** A place of a pair: one of its readings, or a word starting with as many syllables of its consonants. */
export function pairPlacePresent(head: string, tgt: string): boolean {
  if (tgt.includes(head)) return true;
  const rs = readingsOf(head);
  if (rs.some((c) => tgt.includes(c))) return true;
  const sk = skeleton(head);
  const lengths = new Set(rs.map((c) => c.length));
  // The word is the place with at most a particle or a suffix after it (구미의, 청담동에서), not a longer
  // word that only starts with its consonants (토지거래허가구역 for Daechi).
  for (const w of tgt.match(/[가-힣]+/g) ?? [])
    for (const n of lengths) if (w.length >= n && w.length - n <= 2 && hangulSkeleton(w.slice(0, n)) === sk) return true;
  return false;
}

// After a company's name kept by its consonants: its business noun or a particle (롯데케미칼, 국민은행과),
// so that a verb form with the same consonants (한다 for Hyundai) is not taken for it.
const COMPANY_REST = /^(?:제철|철강|자동차|차|전자|중공업|조선|화학|케미칼|증권|건설|그룹|은행|[은는이가을를의와과도로에])/;

export function institutionPresent(head: string, tgt: string, company = false): boolean | null {
  if (tgt.includes(head)) return true;
  for (const c of readingsOf(head)) if (c.length >= 2 && tgt.includes(c.slice(0, 2))) return true;
  // A romanisation skeleton too short to compare (Ewha, Keio) cannot be judged.
  const sk = skeleton(head);
  if (sk.length < 2) return null;
  // The initial-sound rule (량강 → 양강): a leading l or n may be dropped.
  const alt = /^[ln]/.test(sk) ? sk.slice(1) : sk;
  // North/South Gyeongsang → 경북, 경남: the province's first syllable and 북 or 남.
  const firsts = new Set(readingsOf(head).map((c) => c[0]!));
  for (const f of firsts) if (tgt.includes(`${f}북`) || tgt.includes(`${f}남`)) return true;
  // Any word beginning with the name's consonants (경남대, 양강도, 와세다대, 난징대), one Latin
  // consonant more inside a long name allowed (Donuimdong / 돈의동).
  const near = (k: string) =>
    k === sk ||
    (alt.length >= 2 && k === alt) ||
    (sk.length >= 6 &&
      k.length === sk.length - 1 &&
      [...sk].some((_, i) => i > 0 && i < sk.length - 1 && sk.slice(0, i) + sk.slice(i + 1) === k));
  for (const w of tgt.match(/[가-힣]{1,}/g) ?? []) {
    for (let n = 1; n <= Math.min(4, w.length); n++)
      if (near(hangulSkeleton(w.slice(0, n))) && (!company || COMPANY_REST.test(w.slice(n)))) return true;
  }
  return false;
}
