'use client';
// The alignment view: English paragraphs left, Korean right, one row per link (bead), a line for
// each link coloured by confidence. Merge, split at a sentence, re-link (attach to a neighbour) and
// skip, then apply. Applying asks before replacing segments that already have human work.
// State: _components/use-alignment.ts; row edits: _components/alignment-model.ts.
import { useTranslations } from 'next-intl';
import { ApplyBar } from './_components/apply-bar';
import { BeadRow } from './_components/bead-row';
import { ProposeForm } from './_components/propose-form';
import { useAlignment } from './_components/use-alignment';
import './align.css';

export function AlignmentView({ documentId, isOwner }: { documentId: string; isOwner: boolean }) {
  const t = useTranslations('align');
  const a = useAlignment(documentId);
  if (!a.proposal) return <ProposeForm busy={a.busy} error={a.error} onPropose={(form) => void a.propose(form)} />;
  return (
    <div className="alignment">
      <p className="align-summary" role="status">
        {t('summary', { beads: a.rows.length, doubtful: a.doubtful })}
      </p>
      <div className="align-grid" role="table" aria-label={t('title')} data-testid="align-rows">
        <div className="align-row align-head" role="row">
          <div role="columnheader">{t('english')}</div>
          <div aria-hidden="true" />
          <div role="columnheader">{t('korean')}</div>
        </div>
        {a.rows.map((r, i) => (
          <BeadRow
            key={r.key}
            row={r}
            index={i}
            last={i === a.rows.length - 1}
            proposal={a.proposal!}
            onMerge={a.merge}
            onSplit={a.split}
            onToggleSkip={a.toggleSkip}
          />
        ))}
      </div>
      <ApplyBar a={a} documentId={documentId} isOwner={isOwner} />
    </div>
  );
}
