// Narration that honours its subject: news prose in 해라체 reports what an official said or did
// without the subject honorific -시- (말했다, not 말씀하셨다; 밝혔다, not 밝히셨다), whoever the
// person is; the honorific belongs to quoted speech and to 합쇼체 broadcast copy addressing its
// audience. A narration sentence of a 해라체 document whose last word carries -시- in the past
// (말씀하셨다, 밝히셨다, 오셨다, 계셨다) or the honorific verb 말씀하시다 is flagged. Verbs whose own stem
// ends in 시 (마시다 → 마셨다, 모시다 → 모셨다, 들이마셨다) carry no honorific and pass.
import { insideSpans, quotedSpans } from './quoted-spans';
const HONORIFIC_END = /(?:셨|시었)(?:다|던|었다)$|말씀하(?:신다|시었다|셨다)$|계신다$/;
const OWN_SI_STEM = /(?:마셨|모셨|마시었|모시었)(?:다|던|었다)$/;

/** Whether a 해라체 sentence's last word honours its subject (말씀하셨다, 밝히셨다). */
export function honoursSubject(word: string): boolean {
  return HONORIFIC_END.test(word) && !OWN_SI_STEM.test(word);
}

// The honorific subject particle 께서 (공 원장께서는, 대통령께서도) in the same narration: news prose
// in 해라체 names its subject with 은/는/이/가 (공 원장은), whoever the person is. Quoted speech is
// left out (“교수님께서 말씀하셨어요”), and so is 께서 as part of a word (none in news use).
const KKESEO_RE = /[가-힣](께서(?:는|도|만|야)?)(?![가-힣])/g;

/** 께서 particles in a text's narration (outside quotation marks), as spans of the particle. */
export function honorificSubjectParticles(text: string): { start: number; end: number; word: string }[] {
  if (!text.includes('께서')) return [];
  // Quoted stretches, closed or not (an unclosed quotation runs to the end of the text).
  const quoted = insideSpans(quotedSpans(text));
  const out: { start: number; end: number; word: string }[] = [];
  for (const m of text.matchAll(KKESEO_RE)) {
    const at = m.index! + 1;
    if (quoted(at)) continue;
    let from = m.index!;
    while (from > 0 && m.index! - from < 10 && /[가-힣]/.test(text[from - 1]!)) from--;
    out.push({ start: from, end: at + m[1]!.length, word: text.slice(from, at + m[1]!.length) });
  }
  return out;
}
