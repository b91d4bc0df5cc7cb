import { objectForms } from './noun-probes';

// Verb and adjective forms the dictionary does not conjugate (머물, 조급해진, 쉬워질, 기항한,
// 베팅했다): a known ending is taken off and the dictionary form (stem + 다) is asked for. The stem
// may carry the ending's ㄴ/ㄹ (조급해진 → 조급해지다) or a contracted past (했 → 하, 됐 → 되).
const ENDINGS = [
  '',
  '는',
  '며',
  '고',
  '면',
  '지',
  '게',
  '던',
  '든',
  '듯',
  '지에',
  '지도',
  '다',
  '다며',
  '다고',
  '는지',
  '느냐',
  '으며',
  '도록',
  '려고',
  '면서',
  '지만',
  '기',
  '기에',
  '어',
  '아',
  '서',
  '던지',
];
const PAST: Record<string, string> = {
  했: '하',
  됐: '되',
  졌: '지',
  웠: '우',
  왔: '오',
  갔: '가',
  였: '이',
  섰: '서',
  켰: '키',
  쳤: '치',
  렸: '리',
};
// The endings that may follow the ending's own ㄴ or ㄹ on a vowel stem: the adnominal alone (조급해진,
// 조급해질), -ㄴ다(며/고), -ㄴ지/-ㄹ지, -ㄴ 듯/-ㄹ 듯 written solid and -ㄹ게. Others follow the stem itself
// (가려고, 만나면서), so 만날려고 is no form of 만나다 (-ㄹ려고 for -려고); an ㄹ-stem keeps its ㄹ in `base`.
const AFTER_NIEUN = new Set(['', '다', '다며', '다고', '지', '지도', '지에', '듯']);
const AFTER_RIEUL = new Set(['', '지', '지도', '지에', '듯', '게']);
const finalOf = (c: string) => (c.charCodeAt(0) - 0xac00) % 28;
const RIEUL = 8;
const NIEUN = 4;

/**
 * Dictionary forms (…다) a verb or adjective form may come from. `noun` is set when the form came
 * from taking a final ㄴ/ㄹ off (기항한 → 기항하다): a noun there makes it the copula (폭팔 → 폭파다 is
 * 폭파 + 다), which is no verb form, so the form counts only when `noun` is no noun.
 */
function stemForms(word: string): { form: string; noun?: string }[] {
  const out = new Map<string, string | undefined>();
  for (const e of ENDINGS) {
    if (!word.endsWith(e) || word.length - e.length < 2) continue;
    const base = word.slice(0, word.length - e.length);
    const last = base.at(-1)!;
    out.set(`${base}다`, undefined);
    const f = finalOf(last);
    // Not the copula (몇일 → 몇이다): nouns with 이다 are the dictionary's own business.
    const bare = String.fromCharCode(last.charCodeAt(0) - f);
    const stem = `${base.slice(0, -1)}${bare}`;
    const carries = (f === NIEUN && AFTER_NIEUN.has(e)) || (f === RIEUL && AFTER_RIEUL.has(e));
    if (carries && bare !== '이' && !out.has(`${stem}다`)) out.set(`${stem}다`, stem);
    // An ㄹ-stem drops its ㄹ before ㄴ (서툴다 → 서툰, 낯설다 → 낯선): 서툰 → 서툴다.
    const withRieul = `${base.slice(0, -1)}${String.fromCharCode(last.charCodeAt(0) - f + RIEUL)}`;
    if (f === NIEUN && e === '' && bare !== '이' && !out.has(`${withRieul}다`)) out.set(`${withRieul}다`, withRieul);
    if (PAST[last]) out.set(`${base.slice(0, -1)}${PAST[last]}다`, undefined);
  }
  out.delete(word);
  return [...out].map(([form, noun]) => (noun === undefined ? { form } : { form, noun }));
}

/** Dictionary forms (…다) a verb or adjective form may come from, and the noun tests they need. */
export function stemQueries(word: string): string[] {
  return stemForms(word).flatMap((s) => (s.noun === undefined ? [s.form] : [s.form, ...objectForms(s.noun)]));
}

export const isVerbForm = (word: string, spell: (s: string) => boolean) =>
  stemForms(word).some((s) => spell(s.form) && (s.noun === undefined || !objectForms(s.noun).some(spell)));
