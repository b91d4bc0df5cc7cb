'use client';
// Reviewers and owners: the decision on the active segment (approve, approve and stay, reject with
// a reason; Ctrl/⌘+Enter approves in review mode) and the diff of what changed. Above the panel's
// tabs, so it is always at hand.
import { useTranslations } from 'next-intl';
import { DecisionBar } from '../_review/decision-bar';
import { ReviewDiff } from '../_review/review-diff';
import type { SegmentDto } from './types';

export function DecisionSection({
  segment,
  role,
  reviewMode,
  onDecided,
}: {
  segment: SegmentDto;
  role: 'OWNER' | 'REVIEWER';
  reviewMode: boolean;
  onDecided: (s: SegmentDto, stay: boolean) => void;
}) {
  const t = useTranslations('editorReview');
  return (
    <section aria-labelledby="sp-review" className="decision-section">
      <h2 id="sp-review">{t('decision')}</h2>
      <DecisionBar
        segmentId={segment.id}
        version={segment.version}
        state={segment.state}
        role={role}
        reviewMode={reviewMode}
        onDecided={(s, { stay }) => onDecided(s as unknown as SegmentDto, stay)}
      />
      <ReviewDiff segmentId={segment.id} version={segment.version} />
    </section>
  );
}
