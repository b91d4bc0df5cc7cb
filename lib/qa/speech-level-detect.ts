// Speech level (말투) of Korean sentences, from the ending of each sentence's last word:
// - 합쇼체 (hapsyo): -습니다, -ㅂ니다, -습니까, -ㅂ니까 (했습니다, 입니다, 합니까);
// - 해요체 (haeyo): -요, -죠 (했어요, 이에요, 하죠), except nouns in 요 (필요, 중요, 주요);
// - 해라체 (haera, plain news style): -다, -는가, -냐, -라, -자 (했다, 한다, 이다, 아니다);
// - 반말 (banmal, 해체): -어/-아 after a verb stem, -야, -지, -잖아, -거든 (했어, 있어, 거야, 했지).
// Quoted speech (“…”, "…", 「…」) keeps its own register and is masked before the sentence is
// read; a sentence that ends in a noun (headlines: "쌀로 문 두드리는 정부") has no level (null).
import { getJongseong } from 'es-hangul';
import type { SpeechLevel } from './types';

export interface SentenceLevel {
  level: SpeechLevel;
  /** The sentence's last word, where the editor underlines. */
  start: number;
  end: number;
  word: string;
}

const QUOTE_RE = /“[^“”]*(?:”|$)|"[^"]*(?:"|$)|「[^「」]*(?:」|$)|『[^『』]*(?:』|$)|‘[^‘’]*’/g;
// A sentence ends at . ? ! … or a line break; the last Hangul word before it carries the ending.
const TERMINATOR_RE = /[.?!…。]+|\n/g;
const CLOSERS = new Set([')', ']', '’', "'", '”', '"', '」', '』', ' ', '\t', '\u00a0']);
const isHangul = (c: string | undefined) => c !== undefined && c >= '가' && c <= '힣';
const YO_NOUNS = new Set(['필요', '중요', '주요', '수요', '강요', '소요', '개요', '동요', '요요', '불필요', '치요']);
const BANMAL_RE = /(?:[었았였했겠있없]어|같아|좋아|싫어|거야|이야|잖아|거든|[었았였했겠]지|는데|할게|할래|봐|줘)$/;
const HAERA_RE = /(?:다|는가|[은던]가|느냐|냐|하라|으라|마라|자)$/;

// Without a final full stop (a headline, a caption) only the polite endings count: headlines in
// -다 (…합의했다, …두드린다) are a headline style, not the article's register.
export function levelOfWord(word: string, punctuated = true): SpeechLevel | null {
  const level = levelOf(word);
  return punctuated || level === 'hapsyo' || level === 'haeyo' ? level : null;
}

function levelOf(word: string): SpeechLevel | null {
  const n = word.length;
  if (n === 0) return null;
  if (/(?:니다|니까)$/.test(word) && n >= 3) {
    const before = word[n - 3]!;
    if (before === '습' || getJongseong(before) === 'ㅂ') return 'hapsyo';
  }
  if (/(?:요|죠)$/.test(word) && n >= 2 && !YO_NOUNS.has(word) && ![...YO_NOUNS].some((y) => word.endsWith(y))) return 'haeyo';
  if (HAERA_RE.test(word) && n >= 2) return 'haera';
  if (BANMAL_RE.test(word)) return 'banmal';
  return null;
}

/** The level of every sentence of a Korean text that has one, quoted speech left out. */
export function sentenceLevels(text: string): SentenceLevel[] {
  if (!/[가-힣]/.test(text)) return [];
  const masked = text.includes('“') || text.includes('"') || text.includes('「') || text.includes('‘') || text.includes('『')
    ? text.replace(QUOTE_RE, (q) => ' '.repeat(q.length))
    : text;
  const out: SentenceLevel[] = [];
  const ends = [...masked.matchAll(TERMINATOR_RE)].map((m) => ({ at: m.index!, punctuated: m[0] !== '\n' }));
  ends.push({ at: masked.length, punctuated: false });
  let lastEnd = -1;
  for (const { at, punctuated } of ends) {
    let i = at - 1;
    while (i > lastEnd && CLOSERS.has(masked[i]!)) i--;
    const end = i + 1;
    while (i > lastEnd && isHangul(masked[i])) i--;
    lastEnd = at;
    if (i + 1 === end) continue;
    const word = masked.slice(i + 1, end);
    const level = levelOfWord(word, punctuated);
    if (level) out.push({ level, start: i + 1, end, word });
  }
  return out;
}

export const LEVEL_NAMES: Record<SpeechLevel, { en: string; ko: string }> = {
  hapsyo: { en: 'formal polite (합쇼체, -습니다)', ko: '합쇼체(-습니다)' },
  haeyo: { en: 'informal polite (해요체, -어요)', ko: '해요체(-어요)' },
  haera: { en: 'plain (해라체, -다)', ko: '해라체(-다)' },
  banmal: { en: 'casual (반말, -어)', ko: '반말(-어)' },
};
