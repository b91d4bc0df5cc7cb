// A segment marked translated or approved must have a translation: an empty confirmed target
// would publish a hole in the bilingual edition.
import type { SegmentCheck } from './check';
import { isBlank, makeIssue } from './shared';

const ID = 'empty-target';
const CONFIRMED = new Set(['TRANSLATED', 'APPROVED']);

export const emptyTargetCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    if (!CONFIRMED.has(segment.state) || !isBlank(segment.targetText) || isBlank(segment.sourceText)) return [];
    return [
      makeIssue(ID, ctx.locale, {
        severity: 'error',
        key: 'empty',
        message: {
          en: 'The segment is confirmed but its translation is empty.',
          ko: '확정된 세그먼트인데 번역문이 비어 있습니다.',
        },
      }),
    ];
  },
};
