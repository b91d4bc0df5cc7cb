// Hostile segments for the speed guard (lib/qa/hostile.test.ts and bench/qa/run.ts): 60,000
// characters of one short pattern repeated, on the target or the source. Each once made some check
// quadratic or worse: a name repeated thousands of times (the terms check searched the target once
// per mention), a run of wrong particles (each compared with every issue so far), a pasted table of
// numbers, a run of capitals, straight quotes, tags.
import type { ChecklistEntry } from '../checklist';
import type { QaSegment, QaTerm } from '../types';

export const HOSTILE_CHARS = 60_000;
const rep = (s: string, n = HOSTILE_CHARS) => s.repeat(Math.ceil(n / s.length)).slice(0, n);

export const HOSTILE_TERMS: QaTerm[] = [
  { source: 'Kim Jong-un', target: '김정은', kind: 'NAME' },
  { source: 'World Food Programme', target: '세계식량계획', kind: 'TERM' },
  { source: 'SCOPE', target: 'SCOPE', kind: 'DO_NOT_TRANSLATE', caseSensitive: true },
];

/** [name, source, target] */
export const HOSTILE_INPUTS: readonly [string, string, string][] = [
  ['romanised name in the target', 'Kim Jong-un said so.', rep('Kim Jong ')],
  ['particle and number run', 'One said so.', rep('가 1 ')],
  ['name run in the source', rep('Kim Jong '), '김정은이 말했다.'],
  ['glossary name in both', rep('Kim Jong-un met Park. '), rep('김정은 위원장는 박 장관을 만났다. ')],
  ['wrong particles', 'They agreed.', rep('합의을 ')],
  ['capitals', rep('AB CD '), rep('AB CD ')],
  ['vowel run', rep('Aeaeaeae'), rep('Aeaeaeae')],
  ['numbers', rep('1 2 3 '), rep('1 2 3 ')],
  ['quotes', rep('"a" '), rep('"“가 ')],
  ['tags', rep('<b>'), rep('<b>가')],
  ['sentences', rep('Go. '), rep('가. ')],
  ['one long word', rep('x'), rep('가')],
  ['word pairs', rep('joint military drills '), rep('연합군사훈련 한미 ')],
  ['Latin place names', 'Seoul.', rep('Kaesong에서 ')],
  ['institutions', rep('Kyungnam University '), '교수'],
  ['relative time', rep('this year next year '), rep('올해 내년 지난달 ')],
  ['speech levels', 'It is so.', rep('했습니다. 했어요. 했다. 했어. ')],
  // A run of terminators after a question mark (정말?!, 왜??): once looped for ever in speech-level.
  ['question runs', 'Really?!', rep('정말?! 왜?? 그래?.. ')],
  ['addresses', rep('see www.a.org or a@b.co '), rep('www.a.org a@b.co 참고 ')],
  ['codes', rep('F-35A KN-23 '), rep('F-35B KN-24 ')],
  ['uppercase words', rep('iPhone NATO '), rep('아이폰 나토 ')],
];

/** A checklist for the hostile runs: a literal and a regex that backtracking engines take exponential time on. */
export const HOSTILE_CHECKLIST: ChecklistEntry[] = [
  { pattern: '북측', regex: false, side: 'target', message: 'house style', severity: 'warning', caseSensitive: false },
  { pattern: '(a+)+$', regex: true, side: 'both', message: 'nested repetition', severity: 'warning', caseSensitive: false },
];

export function hostileDocument(source: string, target: string): QaSegment[] {
  return [
    { id: 'h1', sourceText: source, targetText: target, state: 'TRANSLATED' },
    { id: 'h2', sourceText: source, targetText: target, state: 'TRANSLATED' },
  ];
}
