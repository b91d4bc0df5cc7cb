// A mimetic word the dictionary lists, made a verb with -거리다 or -대다 (표준국어대사전 '-거리다',
// '-대다': 깍깍거리며, 덜컹대는, 반짝반짝거려): the dictionary lists the verbs of few mimetics. Only a
// reduplicated root (깍깍, 반짝반짝: one or two syllables said twice), the shape of the mimetic words,
// and only an ending the dictionary takes on a -거리다/-대다 verb it lists (끄덕거리며, 끄덕대는).
const MIMETIC_VERB = /^([\uac00-\ud7a3]{2,4}?)([거대][\uac00-\ud7a3]{1,4})$/;
// A -거리다/-대다 verb of the dictionary whose endings stand for every such verb's.
const PROBE = '끄덕';

function parts(word: string): { root: string; rest: string } | null {
  if (word.length > 10) return null;
  const m = MIMETIC_VERB.exec(word);
  if (!m) return null;
  const root = m[1]!;
  const half = root.length / 2;
  if (root.length % 2 !== 0 || root.slice(0, half) !== root.slice(half)) return null;
  return { root, rest: m[2]! };
}

/** Whether the word is a listed reduplicated mimetic with -거리다/-대다 and an ending those verbs take. */
export function isMimeticVerb(word: string, spell: (s: string) => boolean): boolean {
  const p = parts(word);
  return p !== null && spell(p.root) && spell(PROBE + p.rest);
}

/** The dictionary answers isMimeticVerb needs: for a batching caller. */
export function mimeticVerbQueries(word: string): string[] {
  const p = parts(word);
  return p === null ? [] : [p.root, PROBE + p.rest];
}
