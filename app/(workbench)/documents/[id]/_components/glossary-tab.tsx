'use client';
// The side panel's glossary: the terms found in the active segment's source, Ctrl+Shift+1…9
// inserts one; a name not vetted yet shows its candidates (the owner picks one).
import { useTranslations } from 'next-intl';
import { NameCandidates } from '@/app/_components/name-candidates';
import { TermNote } from '@/app/_components/term-note';
import type { EditorTerm } from './types';

export function GlossaryTab({
  hits,
  canPick,
  onInsert,
  onTermPicked,
}: {
  hits: EditorTerm[];
  canPick: boolean;
  onInsert: (i: number) => void;
  onTermPicked?: (termId: string, target: string) => void;
}) {
  const t = useTranslations('editor');
  return (
    <section aria-labelledby="sp-glossary">
      <h2 id="sp-glossary" className="sr-only">
        {t('glossary')}
      </h2>
      {hits.length === 0 ? (
        <p className="muted">{t('noHits')}</p>
      ) : (
        <ol className="hits" data-testid="glossary-hits">
          {hits.map((h, i) => (
            <li key={h.id}>
              <button type="button" className="secondary small" onClick={() => onInsert(i)} disabled={i >= 9}>
                {i < 9 && <kbd>Ctrl+Shift+{i + 1}</kbd>} <span lang="en">{h.source}</span> → <span lang="ko">{h.target}</span>
              </button>
              {h.status === 'PROPOSED' && h.target !== '' && <span className="badge proposed">{t('proposed')}</span>}
              {h.kind === 'NAME' && <NameCandidates term={h} canPick={canPick} onPicked={(target) => onTermPicked?.(h.id, target)} />}
              {h.note && (
                <div className="muted small">
                  <TermNote note={h.note} />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
