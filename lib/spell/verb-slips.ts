// Verb forms written as heard or as a dialect says them (#22, round 18), for a word the dictionary
// refuses, each offered only when the dictionary lists the verb and the right form:
// - ㅂ-irregular stems said with ㅅ (줍다 → 줏어 for 주워, 눕다 → 눗어 for 누워; 한글 맞춤법 제18항 6: the
//   ㅂ becomes 우 before a vowel, 오 in 돕다 and 곱다);
// - a stem in -리다 said short, with a final ㄹ (버무리다 → 버물어 for 버무려, 버물었다 for 버무렸다;
//   표준어 규정 제14–16항 keep the long form where the short one is not listed);
// - a tense final written plain before a vowel (섞다 → 석어서 for 섞어서, 볶다 → 복아 for 볶아): the stem's ㄲ;
// - -(으)려 with an extra ㄹ (한글 맞춤법 제53항 and 국립국어원: -ㄹ려고 is -려고 misspelt: 할려나 →
//   하려나, 볼려고 → 보려고), not after a ㄹ-stem (알려나, 만들려고, 놀려고: 알다, 만들다) or a verb in
//   -리다 (흘려, 알려: 흘리다, 알리다);
// - -어 for -아 after a stem whose last vowel is ㅏ or ㅗ (한글 맞춤법 제16항: 찾아요, 받아서, 괜찮아요, 녹았다;
//   찾어요, 받어서 are the spoken forms), a stem with a final, where the dictionary lists the verb.
import { compose, isSyl, parts, T_RIEUL, T_SIOT } from './syllables';

const T_KIYEOK = 1;
const V_A = 0;
const V_O = 8;
const T_PIEUP = 17;
const T_SSANGKIYEOK = 2;
const bare = (c: string) => compose(parts(c).l, parts(c).v, 0);
const withFinal = (c: string, t: number) => compose(parts(c).l, parts(c).v, t);

// 어/었 → 워/웠 and 아/았 → 와/왔 (ㅂ-irregular); 어/었 → 려/렸 (a -리다 stem).
const WO: Record<string, string> = { 어: '워', 었: '웠', 아: '와', 았: '왔' };
const RYEO: Record<string, string> = { 어: '려', 었: '렸' };

// The endings of -(으)려 (intent): -려고, -려나, -려면, -려는, -려니, -려다(가), -려야, -려던.
const RYEO_ENDING = /^려(?:고|나|면|는|니|다|야|던)/;

interface Slip {
  form: string;
  /** What the dictionary must list, besides the form: the verb. */
  verb: string;
  /** Forms the dictionary must not list (another reading of the word: a ㄹ-stem's verb, a ㅅ-irregular verb). */
  not?: string[];
  /** The verb alone vouches for the form (the -려 endings, many of which the dictionary lacks). */
  verbEnough?: boolean;
}

function slips(word: string): Slip[] {
  if (word.length < 2 || word.length > 10 || ![...word].every(isSyl)) return [];
  const out: Slip[] = [];
  for (let i = 0; i < word.length - 1; i++) {
    const c = word[i]!;
    const next = word[i + 1]!;
    const { t } = parts(c);
    const before = word.slice(0, i);
    const after = word.slice(i + 2);
    if (t === T_SIOT && WO[next]) {
      const v = parts(c).v;
      // 와 only after ㅗ (도와, 고와); 워 after any other vowel.
      // Not a ㅅ-irregular stem (짓다, 낫다, 잇다: 짓었다 is 지었다 misspelt, not 집다's 지웠다).
      if ((next === '아' || next === '았') === (v === 8))
        out.push({
          form: before + bare(c) + WO[next] + after,
          verb: `${before}${withFinal(c, T_PIEUP)}다`,
          not: [`${before}${c}다`],
        });
    }
    if (t === T_RIEUL && RYEO[next] && i >= 1) out.push({ form: before + bare(c) + RYEO[next] + after, verb: `${before}${bare(c)}리다` });
    if (t === T_KIYEOK && (next === '어' || next === '었' || next === '아' || next === '았'))
      out.push({ form: before + withFinal(c, T_SSANGKIYEOK) + word.slice(i + 1), verb: `${before}${withFinal(c, T_SSANGKIYEOK)}다` });
    const v = parts(c).v;
    if (t !== 0 && (v === V_A || v === V_O) && (next === '어' || next === '었'))
      out.push({ form: before + c + (next === '어' ? '아' : '았') + after, verb: `${before}${c}다` });
    if (t === T_RIEUL && RYEO_ENDING.test(word.slice(i + 1))) {
      const form = before + bare(c) + word.slice(i + 1);
      out.push({ form, verb: `${before}${bare(c)}려고`, not: [`${before}${c}다`, `${before}${c}리다`], verbEnough: true });
    }
  }
  return out;
}

/** The right form of a verb written as above, for a word the dictionary refuses, or null. `spell` answers verbSlipQueries. */
export function verbSlipRival(word: string, spell: (s: string) => boolean): string | null {
  for (const s of slips(word)) {
    if ((s.not ?? []).some(spell)) continue;
    // The -려 form: the stem with -려고 is enough (the dictionary lacks many of its endings: 하려나).
    if (spell(s.verb) && (s.verbEnough === true || spell(s.form))) return s.form;
  }
  return null;
}

/** The words verbSlipRival may ask the dictionary about: for a batching caller. */
export function verbSlipQueries(word: string): string[] {
  return slips(word).flatMap((s) => [s.form, s.verb, ...(s.not ?? [])]);
}
