// -(으)로써 marks a means ('by'), -(으)로서 a capacity ('as'; 국립국어원 "-로서/-로써"). Nouns that name
// an act done between people or an effort spent — the means of the clause they end (대화로써 풀다,
// 노력으로써 극복하다, 설득으로써 얻다) — and never a standing one holds: with -(으)로서 they are
// -(으)로써 misspelt (대화로서 → 대화로써, 노력으로서 → 노력으로써). A compound ending in one too
// (남북대화로서, 평화협상으로서). Not nouns a thing can be 'as' (기술로서 'as a technology', 합의로서 'as an
// agreement', 교육으로서, 행동으로서, 토론으로서, 실천으로서, 투쟁으로서: a kind of act), nor person nouns (교사로서, 부모로서: person-nouns.ts).
// Also nouns of a bodily expression or a giving-up — what one answers, protests or pays with (침묵으로써
// 항의하다, 눈물로써 호소하다, 죽음으로써 지키다, 희생으로써 얻다): not things one stands 'as'.
// The dictionary takes both forms; no rule of its tells a means from a standing.

const MEANS_NOUNS = [
  ...['대화', '노력', '협상', '설득', '타협', '소통', '협력', '폭력', '무력', '압박', '담판', '호소'],
  ...['침묵', '눈물', '웃음', '미소', '몸짓', '손짓', '한숨', '죽음', '희생', '헌신'],
];

const RIEUL = 8;
const finalOf = (c: string) => (c >= '\uac00' && c <= '\ud7a3' ? (c.charCodeAt(0) - 0xac00) % 28 : -1);

/** A means noun (or a compound ending in one) with -(으)로서, in the right allomorph: its -(으)로써 form, else null. */
export function meansNounMisspelling(word: string): string | null {
  const m = /^([\uac00-\ud7a3]+?)(으로서|로서)$/.exec(word);
  if (!m) return null;
  const noun = m[1]!;
  if (!MEANS_NOUNS.some((n) => noun.endsWith(n))) return null;
  const t = finalOf(noun.at(-1)!);
  const ro = t > 0 && t !== RIEUL ? '으로' : '로';
  return (m[2] === '으로서') === (ro === '으로') ? `${noun}${ro}써` : null;
}
