// Repetitions of units larger or other than a word, each a slip of pasting or editing:
// - a sentence written twice in a row (…날씨였습니다. …날씨였습니다.): a template line or a paste run
//   twice. A statement (closed by a full stop) of two words or more, outside quoted speech (a plea
//   repeated on purpose: “살려 주세요. 살려 주세요.”); an exclamation doubled (안 됩니다! 안 됩니다!) is
//   emphasis;
// - a bracketed group written twice (세계보건기구(WHO)(WHO)): a CAT tool's glossary insert run twice;
//   no text writes the same gloss twice with nothing between;
// - a member of a comma list written twice (태국과 인도, 인도, 파키스탄): the same Hangul word of two
//   syllables or more on both sides of one comma, the second followed by the list going on (a comma,
//   a middle dot, 등, 및, 와/과). Outside quoted speech, where “가자, 가자,” is a cry.
// Each is reported once per segment; a sentence or a bracket group the source has twice too is allowed.
import { insideSpans, quotedSpans } from './quoted-spans';
import { makeIssue, q } from './shared';
import type { QaIssue, QaLocale } from './types';

const ID = 'repeated-word';
// A run of sentence terminators (the sentence is the text before it, from the previous run or line break).
const TERMINATORS_RE = /[.!?。]+|\n/g;
const BRACKET_RE = /(\([^()\n]{1,40}\)|\[[^[\]\n]{1,40}\]|（[^（）\n]{1,40}）)\1/g;
const COMMA_LIST_RE = /(?<![가-힣])([가-힣]{2,10}), \1(?=,|·| 등(?![가-힣])| 및 |[와과] )/g;
// Words doubled with a comma on purpose, even outside quotation marks (아니, 아니; 빨리, 빨리).
const CRIES = new Set(['그래', '아니', '정말', '빨리', '어서', '천천히', '자꾸', '조금씩', '하나씩', '차례로']);

export function doubledUnits(text: string, source: string, locale: QaLocale): QaIssue[] {
  const issues: QaIssue[] = [];
  // Inside a quotation: after an opening “ not yet closed (quoted-spans.ts), asked in increasing order.
  const spans = quotedSpans(text, { '“': '”' });
  const inQuote = insideSpans(spans);
  let prev: { s: string; at: number } | null = null;
  let from = 0;
  for (const m of text.matchAll(TERMINATORS_RE)) {
    const raw = text.slice(from, m.index! + m[0].length);
    from = m.index! + m[0].length;
    const s = raw.trim();
    const at = from - raw.length + raw.indexOf(s);
    if (m[0] === '\n' || !s) {
      prev = null;
      continue;
    }
    if (prev && s === prev.s && /[.。]$/.test(s) && /\s/.test(s) && /[가-힣]/.test(s) && !inQuote(prev.at) && !doubledIn(source, s)) {
      issues.push(
        makeIssue(ID, locale, {
          severity: 'warning',
          key: `sentence:${s.slice(0, 30)}`,
          targetSpan: { start: prev.at, end: at + s.length },
          message: { en: `The sentence ${q(s)} is written twice in a row.`, ko: `같은 문장을 두 번 연달아 썼습니다: ${q(s)}.` },
        }),
      );
      break;
    }
    prev = { s, at };
  }
  if (/[)\]）][(（[]/.test(text))
    for (const m of text.matchAll(BRACKET_RE)) {
      if (source.includes(m[0])) continue;
      issues.push(
        makeIssue(ID, locale, {
          severity: 'warning',
          key: `twice:${m[1]}`,
          targetSpan: { start: m.index!, end: m.index! + m[0].length },
          message: { en: `${q(m[1]!)} is written twice in a row.`, ko: `같은 괄호 묶음을 두 번 연달아 썼습니다: ${q(m[1]!)}.` },
        }),
      );
      break;
    }
  const inQuoteList = insideSpans(spans);
  if (text.includes(', '))
    for (const m of text.matchAll(COMMA_LIST_RE)) {
      if (CRIES.has(m[1]!) || inQuoteList(m.index!)) continue;
      issues.push(
        makeIssue(ID, locale, {
          severity: 'warning',
          key: `twice:${m[1]}`,
          targetSpan: { start: m.index!, end: m.index! + m[0].length },
          message: { en: `${q(m[1]!)} is listed twice in a row.`, ko: `목록에 같은 항목을 두 번 연달아 썼습니다: ${q(m[1]!)}.` },
        }),
      );
      break;
    }
  return issues;
}

/** Whether the source has the same sentence twice in a row (a Korean sentence copied in the source). */
function doubledIn(source: string, s: string): boolean {
  const i = source.indexOf(s);
  return i >= 0 && source.indexOf(s, i + s.length) >= 0;
}
