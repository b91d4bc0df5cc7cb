// Adjectives in -다랗다 on a stem ending in ㄼ (얇다, 넓다, 짧다): the ㅂ is not heard, so the word is
// written as it sounds, ㄹ and 따 (한글 맞춤법 제21항 다만: 널따랗다, 짤따랗다, 얄따랗다). The dictionary
// lists some (널따란, 짤따란), not all (얄따란); 얇다란 is the stem kept against the rule (→ 얄따란).
// The ending after 다/따 is one the model 기다랗다 takes (기다란, 기다랗게, 기다래서).

const finalOf = (c: string) => (c.charCodeAt(0) - 0xac00) % 28;
const RIEUL = 8,
  RIEUL_BIEUP = 11;
const withFinal = (c: string, f: number) => String.fromCharCode(c.charCodeAt(0) - finalOf(c) + f);

/** [head, syllable before 다/따, 다|따, ending] of a word shaped X다랗/따란…, or null. */
function cut(word: string): [string, string, string, string] | null {
  const m =
    /^([\uac00-\ud7a3]*)([\uac00-\ud7a3])(다|따)(라[\uac00-\ud7a3]*|랗[\uac00-\ud7a3]*|란|래[\uac00-\ud7a3]*|랬[\uac00-\ud7a3]*)$/.exec(
      word,
    );
  return m ? [m[1]!, m[2]!, m[3]!, m[4]!] : null;
}

/** The dictionary answers ttarata's two functions need: the ㄼ adjective and the model's form. */
export function ttarataQueries(word: string): string[] {
  const c = cut(word);
  return c ? [`${c[0]}${withFinal(c[1], RIEUL_BIEUP)}다`, `기다${c[3]}`] : [];
}

/** 얄따란, 얄따랗게: ㄹ and 따 where the dictionary lists the ㄼ adjective (얇다) and the model takes the ending. */
export function isTtarata(word: string, spell: (s: string) => boolean): boolean {
  const c = cut(word);
  if (!c || c[2] !== '따' || finalOf(c[1]) !== RIEUL) return false;
  return spell(`${c[0]}${withFinal(c[1], RIEUL_BIEUP)}다`) && spell(`기다${c[3]}`);
}

/** 얇다란 → 얄따란: the ㄼ kept before 다, the adjective listed; the rule's form, else null. */
export function ttarataRival(word: string, spell: (s: string) => boolean): string | null {
  const c = cut(word);
  if (!c || c[2] !== '다' || finalOf(c[1]) !== RIEUL_BIEUP) return null;
  if (!spell(`${c[0]}${c[1]}다`) || !spell(`기다${c[3]}`)) return null;
  return `${c[0]}${withFinal(c[1], RIEUL)}따${c[3]}`;
}
