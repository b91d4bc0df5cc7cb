'use client';
// After an import: the segment count and the names the importer detected ("Romanised(한글)"), each to
// confirm (or, found without Hangul, to pick a candidate for), then links to the document and glossary.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { NameCandidates } from '@/app/_components/name-candidates';
import { Badge, Button } from '@/app/_components/ui';
import type { DetectedName, ImportResult } from './use-import-document';

export function DetectedNames({
  projectId,
  result,
  onConfirm,
  onPicked,
}: {
  projectId: string;
  result: ImportResult;
  onConfirm: (name: DetectedName) => void;
  onPicked: (termId: string, target: string) => void;
}) {
  const ti = useTranslations('import');
  return (
    <section className="import-result" aria-live="polite" style={{ marginTop: '1rem' }}>
      <p role="status">{ti('imported', { count: result.segmentCount })}</p>
      <h3>{ti('detectedNames')}</h3>
      {result.detectedNames.length === 0 ? (
        <p className="muted">{ti('noNames')}</p>
      ) : (
        <>
          <p className="muted">{ti('detectedHelp')}</p>
          <ul className="list">
            {result.detectedNames.map((n) => (
              <li key={n.termId} className="row" style={{ justifyContent: 'space-between' }} data-testid="detected-name">
                <span>
                  <span lang="en">{n.source}</span> → <strong lang="ko">{n.target}</strong> <span className="muted">×{n.occurrences}</span>
                </span>
                {n.status === 'CONFIRMED' ? (
                  <Badge state="APPROVED">{ti('confirmed')}</Badge>
                ) : n.target === '' ? (
                  // Found without Hangul: pick one of the candidates (or type the form).
                  <NameCandidates
                    term={{ id: n.termId, target: n.target, candidates: n.candidates ?? [] }}
                    canPick
                    onPicked={(target) => onPicked(n.termId, target)}
                  />
                ) : (
                  <Button size="sm" onClick={() => onConfirm(n)} aria-label={`${ti('confirm')}: ${n.source} → ${n.target}`}>
                    {ti('confirm')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="row">
        <Button asChild>
          <Link href={`/documents/${result.id}`}>{ti('openDocument')}</Link>
        </Button>
        <Link href={`/projects/${projectId}/glossary`}>{ti('glossary')}</Link>
      </p>
    </section>
  );
}
