// Formatting marks: the translation should carry as many bold, italic and link runs as the source.
// Counts come from the editor documents (the caller counts marks in the TipTap JSON); a segment
// without counts on either side is not checked.
import type { SegmentCheck } from './check';
import { makeIssue } from './shared';
import type { MarkCounts, QaIssue } from './types';

const ID = 'marks';
const NAMES: Record<keyof MarkCounts, { en: string; ko: string }> = {
  bold: { en: 'bold', ko: '굵게' },
  italic: { en: 'italic', ko: '기울임' },
  link: { en: 'link', ko: '링크' },
};

export const marksCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const s = segment.sourceMarks;
    const t = segment.targetMarks;
    if (!s || !t) return [];
    const issues: QaIssue[] = [];
    for (const mark of Object.keys(NAMES) as (keyof MarkCounts)[]) {
      if ((s[mark] ?? 0) === (t[mark] ?? 0)) continue;
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: `${mark}:${s[mark] ?? 0}:${t[mark] ?? 0}`,
          message: {
            en: `The source has ${s[mark] ?? 0} ${NAMES[mark].en} ${s[mark] === 1 ? 'run' : 'runs'}, the translation ${t[mark] ?? 0}.`,
            ko: `${NAMES[mark].ko} 서식이 원문에는 ${s[mark] ?? 0}곳, 번역문에는 ${t[mark] ?? 0}곳 있습니다.`,
          },
        }),
      );
    }
    return issues;
  },
};
