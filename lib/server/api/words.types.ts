// The project's word list for the Korean spelling check (#22).
import { z } from 'zod';

/** One Korean word (Hangul syllables only, no spaces): what the spelling check would flag. */
export const ZProjectWord = z
  .string()
  .trim()
  .regex(/^[\uac00-\ud7a3]{1,40}$/, 'a word of 1 to 40 Hangul syllables, without spaces or other characters');
export const ZAddWordsRequest = z.object({ words: z.array(ZProjectWord).min(1).max(1000) }).strict();
export const ZDeleteWordQuery = z.object({ word: ZProjectWord });
export type TAddWordsRequest = z.infer<typeof ZAddWordsRequest>;
