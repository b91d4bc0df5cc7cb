// Narration that honours its subject: news prose in 해라체 reports what an official said or did
// without the subject honorific -시- (말했다, not 말씀하셨다; 밝혔다, not 밝히셨다), whoever the
// person is; the honorific belongs to quoted speech and to 합쇼체 broadcast copy addressing its
// audience. A narration sentence of a 해라체 document whose last word carries -시- in the past
// (말씀하셨다, 밝히셨다, 오셨다, 계셨다) or the honorific verb 말씀하시다 is flagged. Verbs whose own stem
// ends in 시 (마시다 → 마셨다, 모시다 → 모셨다, 들이마셨다) carry no honorific and pass.
const HONORIFIC_END = /(?:셨|시었)(?:다|던|었다)$|말씀하(?:신다|시었다|셨다)$|계신다$/;
const OWN_SI_STEM = /(?:마셨|모셨|마시었|모시었)(?:다|던|었다)$/;

/** Whether a 해라체 sentence's last word honours its subject (말씀하셨다, 밝히셨다). */
export function honoursSubject(word: string): boolean {
  return HONORIFIC_END.test(word) && !OWN_SI_STEM.test(word);
}
