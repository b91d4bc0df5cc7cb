// A spoken quotation closed on a nominalised memo ending (…출제했음”이라고 말했다, …확인됐음”이라며
// 강조했다): people do not speak in the -음/-ㅁ of a memo or a notice (개조식), so a quoted statement
// said aloud — a speech verb after it — ends in a level of speech (출제했습니다, 출제했다). A written
// note quoted as such (쪽지에 “잘 도착했음”이라고 적혀 있었다) has no speech verb and passes.
// Only a past tense (ㅆ) before 음 is read, in a quotation of three words or more: nouns in 음 (소음,
// 마음, 처음) are not, nor a quoted label (“이상 없음”, “해당 사항 없음”, “승인됨”, “재고 있음”).
const QUOTE_NOMINAL_RE = /“([^“”]{1,300})”(?:이?라고|이?라며|이?라면서|고)\s?((?:[가-힣]+\s){0,2}[가-힣]+)/g;
const SPEECH_VERB_RE =
  /^(?:말했|말하|밝혔|밝히|강조했|강조하|설명했|설명하|덧붙였|덧붙이|전했|전하|답했|답하|주장했|주장하|지적했|지적하|언급했|발표했|말문을|목소리를|당부했|호소했|반박했|해명했|질문했|물었|되물었|털어놨|털어놓)/;

const pastEum = (word: string) => {
  if (word.length < 2 || !word.endsWith('음') || word.endsWith('있음')) return false;
  const c = word.charCodeAt(word.length - 2) - 0xac00;
  return c >= 0 && c < 11172 && c % 28 === 20;
};

/** Quoted statements said aloud that end in a memo's nominal -음/-ㅁ, as spans of the last word. */
export function nominalSpokenQuotes(text: string): { start: number; end: number; word: string }[] {
  if (!/[음됨]”/.test(text)) return [];
  const out: { start: number; end: number; word: string }[] = [];
  for (const m of text.matchAll(QUOTE_NOMINAL_RE)) {
    const inner = m[1]!;
    const word = /[가-힣]+$/.exec(inner)?.[0] ?? '';
    if (!pastEum(word) || inner.trim().split(/\s+/).length < 3) continue;
    const verbs = m[2]!.split(' ');
    if (!verbs.some((v) => SPEECH_VERB_RE.test(v))) continue;
    const start = m.index! + 1 + inner.length - word.length;
    out.push({ start, end: start + word.length, word });
  }
  return out;
}
