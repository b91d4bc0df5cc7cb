// Institution names written solid: a name and a head of two syllables or more (서울아산병원,
// 영란은행이, 국가인권위원회는), which the dictionary lists few of.
import { confusionCandidates } from './confusions';
import { objectForms } from './noun-probes';
import { nounTail } from './word-shapes';

// Heads of institution names, written solid after the name (세브란스병원, 영란은행, 국가인권위원회,
// 대한의사협회): two syllables or more, so a one-syllable head (부, 청, 실) never makes a name.
const INSTITUTION_HEADS = [
  '병원',
  '의료원',
  '은행',
  '위원회',
  '협의회',
  '협회',
  '학회',
  '연합회',
  '재단',
  '연구소',
  '연구원',
  '대학교',
  '대학',
  '공사',
  '공단',
  '센터',
  '그룹',
  '증권',
  '보험',
  '박물관',
  '미술관',
  '사무소',
  '사무국',
  '법원',
];

/** The name part, head and particles of a word that ends in an institution head (서울아산 + 병원 + 에서). */
export function institutionParts(word: string): { name: string; head: string; tail: string } | null {
  // Every cut where a head starts, longest name first (서울대학교병원 is 서울대학교 + 병원).
  for (let cut = word.length - 2; cut >= 2; cut--) {
    const rest = word.slice(cut);
    const head = INSTITUTION_HEADS.filter((h) => rest.startsWith(h)).sort((a, b) => b.length - a.length)[0];
    if (head && nounTail(rest.slice(head.length))) return { name: word.slice(0, cut), head, tail: rest.slice(head.length) };
  }
  return null;
}

// Nasal finals, which one slips between (ㄴ ㅁ ㅇ: 중안 for 중앙).
const NASAL_FINALS = [4, 16, 21];

/** A two-syllable part one style-guide confusion or one nasal final away (한극 → 한국, 중안 → 중앙): a near miss of a noun. */
function nearNames(part: string): string[] {
  const out = confusionCandidates(part);
  for (let i = 0; i < part.length; i++) {
    const code = part.charCodeAt(i) - 0xac00;
    if (code < 0 || code > 11171) continue;
    if (!NASAL_FINALS.includes(code % 28)) continue;
    for (const t of NASAL_FINALS)
      if (t !== code % 28) out.push(part.slice(0, i) + String.fromCharCode(0xac00 + code - (code % 28) + t) + part.slice(i + 1));
  }
  return out;
}

/** Splits of an institution's name part the dictionary is asked about (nouns, bare words, near misses). */
export function institutionQueries(word: string): string[] {
  const p = institutionParts(word);
  if (!p) return [];
  const out: string[] = [];
  const n = p.name;
  for (let i = 0; i < n.length; i++)
    for (let j = i + 2; j <= n.length; j++) {
      const part = n.slice(i, j);
      out.push(part, ...objectForms(part));
      if (j - i === 2) for (const c of nearNames(part)) out.push(...objectForms(c));
    }
  return out;
}

/**
 * A name and an institution head with particles (서울아산병원, 영란은행이, 방산협력위원회가): the name
 * splits into parts of two syllables or more that the dictionary knows (as nouns, or bare like the
 * place names 서울, 아산), save at most one unknown part of two syllables (영란 ← 英蘭, 방산), which
 * no style-guide confusion turns into a noun of the dictionary (so 중안은행 for 중앙 … stays a split to
 * judge otherwise). Korean news writes such names solid and the dictionary lists few.
 */
export function isInstitutionName(word: string, spell: (s: string) => boolean): boolean {
  const p = institutionParts(word);
  if (!p) return false;
  const name = p.name;
  const known = (s: string) => spell(s) || objectForms(s).some(spell);
  const unknownOk = (s: string) => s.length === 2 && !nearNames(s).some((c) => objectForms(c).some(spell));
  // best[i]: fewest unknown parts over splits of name[0, i) (Infinity: none).
  const best: number[] = new Array(name.length + 1).fill(Infinity);
  best[0] = 0;
  for (let i = 0; i < name.length; i++) {
    if (best[i] === Infinity) continue;
    for (let j = i + 2; j <= name.length; j++) {
      const part = name.slice(i, j);
      const cost = known(part) ? 0 : unknownOk(part) ? 1 : Infinity;
      if (best[i]! + cost < best[j]!) best[j] = best[i]! + cost;
    }
  }
  return best[name.length]! <= 1;
}
