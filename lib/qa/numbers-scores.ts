// A score and its result: Korean gives the subject's score first (바레인에 1-2로 졌다, 일본을 3-1로
// 꺾었다), where English gives the winner's first in either case (lost 2-1 to Bahrain). A score copied
// in the English order makes the losing side the winner: a score before a verb of losing whose
// first figure is the larger, or before a verb of winning whose first is the smaller, is flagged.
// Only a score the source has (both figures, either order), so a count of votes or seats is not read.
import { makeIssue, q } from './shared';
import type { QaIssue, QaLocale } from './types';

// 2-1로, 2:1로, 2대1로, then at most two words (아쉽게, 홈에서) before the verb.
const KO_SCORE_RE =
  /(?<![\d.,])(\d{1,2})\s?(?:-|:|대)\s?(\d{1,2})(?![\d.,])\s?(?:으?로)\s(?:[가-힣]+\s){0,2}?(졌|진(?![가-힣])|지고|패(?:했|하|배)|뒤[지졌진]|이겼|이긴|이기|승리|꺾|제압|눌[렀러른]|앞[서선섰])/g;
const LOSE = /^(?:졌|진|지고|패|뒤)/;
const EN_SCORE_RE = /\b(\d{1,2})\s?[-–:]\s?(\d{1,2})\b/g;

export function scoreOrderSlips(source: string, target: string, locale: QaLocale): QaIssue[] {
  if (!/\d\s?[-–:]\s?\d/.test(source) || !/\d\s?(?:-|:|대)\s?\d/.test(target)) return [];
  const scores = new Set<string>();
  for (const m of source.matchAll(EN_SCORE_RE)) scores.add([Number(m[1]), Number(m[2])].sort((a, b) => a - b).join('-'));
  const out: QaIssue[] = [];
  for (const m of target.matchAll(KO_SCORE_RE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a === b || !scores.has([a, b].sort((x, y) => x - y).join('-'))) continue;
    const lost = LOSE.test(m[3]!);
    if (lost ? a < b : a > b) continue;
    const text = `${m[1]}-${m[2]}`;
    out.push(
      makeIssue('numbers', locale, {
        severity: 'error',
        key: `score-order:${text}`,
        targetSpan: { start: m.index!, end: m.index! + m[0].length },
        message: {
          en: `${q(m[0])}: Korean gives the subject's score first, so a ${lost ? 'defeat' : 'win'} reads ${lost ? `${Math.min(a, b)}-${Math.max(a, b)}` : `${Math.max(a, b)}-${Math.min(a, b)}`}.`,
          ko: `${q(m[0])}: 점수는 주어 쪽 점수를 먼저 씁니다. ${lost ? '패배' : '승리'}라면 ${lost ? `${Math.min(a, b)}-${Math.max(a, b)}` : `${Math.max(a, b)}-${Math.min(a, b)}`}입니다.`,
        },
      }),
    );
  }
  return out;
}
