// Conjugations of irregular stems written as if regular (#22, round 13), for a word the dictionary
// refuses, when the dictionary lists the stem's verb:
// - ㅂ-irregular stems take 워 (한글 맞춤법 제18항 6: 반갑다 → 반가워, 괴롭다 → 괴로워, 아름답다 →
//   아름다워); only the one-syllable 돕다 and 곱다 take 와 (도와, 고와), so a stem of two syllables or
//   more before 와 is misspelt (반가와, 괴로와, 아름다와);
// - a ㄹ-final stem drops its ㄹ before the -은 and -으면 of a verb or adjective (한글 맞춤법 제18항 1:
//   멀다 → 먼, 멀면; not 멀은), when the stem is no noun (길은 is the noun 길 + 은);
// - a ㄷ-irregular stem turns its ㄷ into ㄹ before a vowel (한글 맞춤법 제18항 5: 깨닫다 → 깨달아, 일컫다 →
//   일컬어, 싣다 → 실어서, 듣다 → 들으니), where the dictionary lists the verb and the ㄹ form;
// - ㅟ and 어 make no contracted syllable (사귀어, 바뀌어서, 쉬었다; 한글 맞춤법 제35–36항 contract
//   ㅗ/ㅜ + ㅏ/ㅓ and ㅣ + ㅓ only): 사겨, 바껴서, 쉈다 are those forms misspelt, where the dictionary lists
//   the ㅟ verb (사귀다, 바뀌다, 쉬다) and the uncontracted form.
import { isSyl, parts, compose, L_IEUNG, T_DIGEUT, T_RIEUL, T_SSANGSIOT, V_EO, V_WI, V_YEO } from './syllables';

const withFinal = (c: string, t: number) => compose(parts(c).l, parts(c).v, t);

const PIEUP = 17;
const RIEUL = 8;
const NIEUN = 4;

// 와 and the endings after it, and what 워 takes instead (왔 → 웠: 반가왔다 → 반가웠다).
const WA = /^(.*[\uac00-\ud7a3])(와|왔)(.*)$/;
const WA_TAILS = /^(?:|서|요|도|야|서요|도요|었다|다|고|는데|던|을|지)$/;

/** The ㅂ-irregular stem (반갑) and the form with 워 of a word written with 와, or null. */
function pieupForm(word: string): { verb: string; form: string } | null {
  const m = WA.exec(word);
  if (!m) return null;
  const [, x, wa, tail] = m as unknown as [string, string, string, string];
  if (x.length < 2 || !isSyl(x.at(-1)) || parts(x.at(-1)!).t !== 0) return null;
  if (!(wa === '와' ? WA_TAILS.test(tail) : /^(?:다|어요|습니다|고|는데|던|지)$/.test(tail))) return null;
  const verb = `${x.slice(0, -1)}${withFinal(x.at(-1)!, PIEUP)}다`;
  return { verb, form: `${x}${wa === '와' ? '워' : '웠'}${tail}` };
}

/**
 * 멀은 → 먼, 멀으면 → 멀면, 머물으며 → 머물며: the stem (멀), the verb (멀다) and the right form, or null.
 * The ㄹ stays before -(으)며, -(으)면서, -(으)려고, -(으)러 (한글 맞춤법 제18항 1 drops it before ㄴ, ㅂ,
 * ㅅ, -오 only), and 으 goes: the ㄹ-final stem takes the forms of a vowel-final one.
 */
function rieulForm(word: string): { stem: string; form: string } | null {
  const m = /^(.*[\uac00-\ud7a3])(은|으(?:면서|면|며|려고|러))$/.exec(word);
  if (!m) return null;
  const stem = m[1]!;
  if (parts(stem.at(-1)!).t !== RIEUL) return null;
  const form = m[2] === '은' ? `${stem.slice(0, -1)}${withFinal(stem.at(-1)!, NIEUN)}` : `${stem}${m[2]!.slice(1)}`;
  return { stem, form };
}

/** The ㄷ-irregular verb a ㄹ stem may be (들으며 ← 듣다): its ㄹ is then right before 으. */
const digeutVerb = (stem: string) => `${stem.slice(0, -1)}${withFinal(stem.at(-1)!, T_DIGEUT)}다`;

// Vowels an ending starting with ㅇ brings after a ㄷ-irregular stem: ㅏ ㅓ ㅡ (아, 었, 으니, 은, 을).
const VOWEL_ENDING = new Set([0, 4, 18]);

/** 깨닫아 → 깨달아: for each ㄷ-final syllable before a vowel ending, the verb (깨닫다) and the ㄹ form. */
function digeutForms(word: string): { verb: string; form: string }[] {
  const out: { verb: string; form: string }[] = [];
  for (let i = 0; i < word.length - 1; i++) {
    const a = word[i]!,
      b = word[i + 1]!;
    if (!isSyl(a) || !isSyl(b) || parts(a).t !== T_DIGEUT) continue;
    if (parts(b).l !== L_IEUNG || !VOWEL_ENDING.has(parts(b).v)) continue;
    out.push({ verb: `${word.slice(0, i + 1)}다`, form: `${word.slice(0, i)}${withFinal(a, T_RIEUL)}${word.slice(i + 1)}` });
  }
  return out;
}

const V_WEO = 14;

/** 사겨 → 사귀어, 쉈다 → 쉬었다: for each ㅕ or ㅝ syllable, the ㅟ verb (사귀다) and the form written apart. */
function wiEoForms(word: string): { verb: string; form: string }[] {
  const out: { verb: string; form: string }[] = [];
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (!isSyl(c)) continue;
    const { l, v, t } = parts(c);
    // Written with no final or a past ㅆ (사겨, 사겼다, 쉈다): no ending puts another final there.
    if ((v !== V_YEO && v !== V_WEO) || (t !== 0 && t !== T_SSANGSIOT)) continue;
    const wi = compose(l, V_WI, 0);
    out.push({ verb: `${word.slice(0, i)}${wi}다`, form: `${word.slice(0, i)}${wi}${compose(L_IEUNG, V_EO, t)}${word.slice(i + 1)}` });
  }
  return out;
}

const T_HIEUT = 27;
// ㅎ-irregular adjectives (한글 맞춤법 제18항 3: 하얗다 → 하얘, 파랗다 → 파래, 누렇다 → 누레, 그렇다 →
// 그래): the stem's ㅎ drops before -아/-어 and the vowels merge, ㅏ ㅓ to ㅐ or ㅔ, ㅑ ㅕ to ㅒ or ㅖ.
const MERGED: Record<number, number[]> = { 0: [1], 2: [3], 4: [5, 1], 6: [7] };

/** 하얗어서 → 하얘서, 빨갛았다 → 빨갰다: for each ㅎ-final syllable before -아/-어, the verb and each merged form. */
function hieutForms(word: string): { verb: string; form: string }[] {
  const out: { verb: string; form: string }[] = [];
  for (let i = 0; i < word.length - 1; i++) {
    const a = word[i]!,
      b = word[i + 1]!;
    if (!isSyl(a) || !isSyl(b) || parts(a).t !== T_HIEUT) continue;
    if (parts(b).l !== L_IEUNG || (parts(b).v !== 0 && parts(b).v !== V_EO)) continue;
    for (const v of MERGED[parts(a).v] ?? [])
      out.push({ verb: `${word.slice(0, i + 1)}다`, form: `${word.slice(0, i)}${compose(parts(a).l, v, parts(b).t)}${word.slice(i + 2)}` });
  }
  return out;
}

/**
 * The right form of a word the dictionary refuses that conjugates an irregular stem as a regular one
 * (반가와 → 반가워, 멀은 → 먼, 깨닫아 → 깨달아, 하얗어서 → 하얘서) or contracts ㅟ + 어 (사겨 → 사귀어), or null. `spell`
 * answers irregularStemQueries.
 */
export function irregularStemRival(word: string, spell: (s: string) => boolean): string | null {
  if (spell(word)) return null;
  for (const f of [...digeutForms(word), ...wiEoForms(word), ...hieutForms(word)]) if (spell(f.verb) && spell(f.form)) return f.form;
  const p = pieupForm(word);
  if (p !== null && spell(p.verb)) return p.form;
  const r = rieulForm(word);
  if (r !== null && spell(`${r.stem}다`) && !spell(`${r.stem}을`) && !spell(`${r.stem}이`) && !spell(digeutVerb(r.stem))) return r.form;
  return null;
}

/** The dictionary answers irregularStemRival needs. */
export function irregularStemQueries(word: string): string[] {
  const out: string[] = [];
  const p = pieupForm(word);
  if (p !== null) out.push(p.verb);
  const r = rieulForm(word);
  if (r !== null) out.push(`${r.stem}다`, `${r.stem}을`, `${r.stem}이`, digeutVerb(r.stem));
  for (const f of [...digeutForms(word), ...wiEoForms(word), ...hieutForms(word)]) out.push(f.verb, f.form);
  return out;
}
