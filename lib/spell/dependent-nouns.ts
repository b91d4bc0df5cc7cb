// A dependent noun (의존 명사) and its particles written as one word, as they must be (것뿐, 수뿐,
// 데조차, 줄밖에: 한글 맞춤법 제41항, particles are written on the word before them; 제42항, the
// dependent noun is spaced from what precedes it). The dictionary attaches some particles to
// them (것만, 수밖에) and not others (것뿐). Only the dependent nouns that take particles freely;
// 바 is left out (바뿐 is also 바쁜 misspelt), and 데 takes no 로 (데로 is 대로 misspelt).
import { nounTail } from './word-shapes';

const DEPENDENT = new Set(['것', '수', '데', '줄', '리', '터', '체', '척']);

/** Whether the word is a dependent noun and a chain of particles (것뿐, 것뿐만, 수뿐, 줄조차). */
export function isDependentNounTail(word: string): boolean {
  if (word.length < 2 || !DEPENDENT.has(word[0]!)) return false;
  const tail = word.slice(1);
  if (word[0] === '데' && tail.startsWith('로')) return false;
  return nounTail(tail);
}
