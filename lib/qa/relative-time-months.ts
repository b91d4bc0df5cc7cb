// A month the English names bare ("in March") that the Korean places in the past or the future
// against the English tense: “He pitched in Tokyo in March” written 내년 3월 (next March), or “He will
// report in February” written 지난 2월 (last February). Korean news adds 지난 or 오는 / 내년 to a bare
// month by the tense (지난 3월, 오는 2월); the other one moves the event a year. Judged only where the
// English clause of that month is plainly past (a past verb and no future marker) or plainly future
// (will, is to, plans to …, and no past verb; “said he would” is both, and not judged), and says
// nothing relative of its own about the month (last March, March next year are the period check's).
// A month after “since” is past in any tense (priority since March → 지난 3월부터, not 오는 3월부터).
import { EN_MONTHS } from '../text/number-words-en';

export interface MonthTenseSlip {
  source: { start: number; end: number; text: string };
  target: { start: number; end: number; text: string };
  expected: string;
}

const MONTH_NAMES = EN_MONTHS;
// The preposition may open the sentence (From March, …); the month keeps its capital.
const MONTH_RE = new RegExp(
  `\\b([Ii]n|[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|of|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+(${MONTH_NAMES.join('|')})\\b`,
  'g',
);
const RELATIVE_NEAR = /\b(?:next|last|this|coming|previous|following|that)\b|\b(?:year|ago|earlier|later)\b/i;
const FUTURE =
  /\b(?:will|would|shall|going to|is to|are to|plans? to|planning to|scheduled|is set to|are set to|is due|are due|is expected to|are expected to)\b|'ll\b|’ll\b/i;
// Past verbs: regular -ed (not need, speed, exceed, hundred; agreed and the like listed) and common
// irregular ones; not won (the currency), hit, led, left or set, as often nouns or other words.
const PAST =
  /\b(?:was|were|had|did|said|told|threw|began|went|came|made|took|gave|saw|met|lost|paid|sold|struck|held|ran|became|fell|rose|spent|kept|brought|bought|found|thought|wrote|spoke|chose|got|knew|broke|agreed|disagreed|guaranteed|freed|decreed)\b|\b[a-z]{2,}(?<![e]|hundr)ed\b/;
// 내년 3월, 오는 3월 (future); 지난 3월, 작년 3월, 지난해 3월 (past).
const KO_MONTH = /(?<![가-힣])(내년|오는|지난해|지난|작년)\s?(\d{1,2})월/g;
const FUTURE_KO = new Set(['내년', '오는']);

const CLAUSE_MARK = new Set([',', ';', ':', '—', '–']);
const endsSentence = (text: string, i: number) => '.!?'.includes(text[i]!) && (i + 1 >= text.length || /\s/.test(text[i + 1]!));

/** The English clause around a position: between sentence ends, commas, semicolons and dashes. */
function clauseAt(text: string, at: number): string {
  let a = at;
  while (a > 0 && !CLAUSE_MARK.has(text[a - 1]!) && !endsSentence(text, a - 1)) a--;
  let b = at;
  while (b < text.length && !CLAUSE_MARK.has(text[b]!) && !endsSentence(text, b)) b++;
  const clause = text.slice(a, b);
  // A sentence that opens on the time phrase alone (“From March, Seoul will add …”): the phrase has
  // no verb of its own, and its tense is the main clause's, after the comma.
  const opens = a === 0 || endsSentence(text, a - 1);
  if (opens && text[b] === ',' && !FUTURE.test(clause) && !PAST.test(clause)) {
    let c = b + 1;
    while (c < text.length && !CLAUSE_MARK.has(text[c]!) && !endsSentence(text, c)) c++;
    return text.slice(a, c);
  }
  return clause;
}

/** Bare source months the Korean moved to the other side of the story's date. */
export function monthTenseSlips(src: string, tgt: string): MonthTenseSlip[] {
  if (!tgt.includes('월') || !/(?:내년|오는|지난|작년)\s?\d/.test(tgt)) return [];
  const out: MonthTenseSlip[] = [];
  KO_MONTH.lastIndex = 0;
  for (let k = KO_MONTH.exec(tgt); k; k = KO_MONTH.exec(tgt)) {
    const month = Number(k[2]);
    if (month < 1 || month > 12) continue;
    const future = FUTURE_KO.has(k[1]!);
    MONTH_RE.lastIndex = 0;
    for (let m = MONTH_RE.exec(src); m; m = MONTH_RE.exec(src)) {
      if (MONTH_NAMES.indexOf(m[2]!) + 1 !== month) continue;
      const start = m.index + m[0].length - m[2]!.length;
      const end = m.index + m[0].length;
      // "last March", "March next year", "March of last year": a relative word beside the month.
      if (RELATIVE_NEAR.test(src.slice(Math.max(0, start - 10), start)) || RELATIVE_NEAR.test(src.slice(end, end + 16))) continue;
      const clause = clauseAt(src, start);
      // “Since March” is a month already past, whatever the clause's tense (have been given … since).
      const since = m[1]!.toLowerCase() === 'since';
      const isFuture = !since && FUTURE.test(clause);
      const isPast = since || PAST.test(clause);
      if (future ? !isPast || isFuture : !isFuture || isPast) continue;
      out.push({
        source: { start, end, text: m[2]! },
        target: { start: k.index, end: k.index + k[0].length, text: k[0] },
        expected: future ? `지난 ${month}월` : `오는 ${month}월`,
      });
      break;
    }
  }
  return out;
}
