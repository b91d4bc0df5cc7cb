'use client';
// The active segment's side panel: suggestions (TM/MT fill it later), glossary hits, revision
// history with diffs, comments (review fills it later). Each section is a <section> with a heading;
// new features add a section here.
import { useTranslations } from 'next-intl';
import type { EditorStore } from './editor-store';
import { RevisionHistory } from './revision-history';
import type { EditorTerm, Suggestion } from './types';
import { useSegmentEntry } from './use-store';

interface Props {
  store: EditorStore;
  activeId: string;
  hits: EditorTerm[];
  suggestions: Suggestion[];
  onInsertTerm: (i: number) => void;
  onInsertSuggestion: (i: number) => void;
}

export function SidePanel({ store, activeId, hits, suggestions, onInsertTerm, onInsertSuggestion }: Props) {
  const t = useTranslations('editor');
  const entry = useSegmentEntry(store, activeId);
  if (!entry) return null;
  return (
    <aside className="side-panel" aria-label={t('sidePanel', { n: entry.server.position + 1 })}>
      <section aria-labelledby="sp-suggestions">
        <h2 id="sp-suggestions">{t('suggestions')}</h2>
        {suggestions.length === 0 ? <p className="muted">{t('noSuggestions')}</p> : (
          <ol className="hits">
            {suggestions.slice(0, 3).map((s, i) => (
              <li key={i}><button type="button" className="secondary small" onClick={() => onInsertSuggestion(i)}><kbd>Ctrl+{i + 1}</kbd> <span lang="ko">{s.text}</span></button></li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="sp-glossary">
        <h2 id="sp-glossary">{t('glossary')}</h2>
        {hits.length === 0 ? <p className="muted">{t('noHits')}</p> : (
          <ol className="hits" data-testid="glossary-hits">
            {hits.map((h, i) => (
              <li key={h.id}>
                <button type="button" className="secondary small" onClick={() => onInsertTerm(i)} disabled={i >= 9}>
                  {i < 9 && <kbd>Ctrl+Shift+{i + 1}</kbd>} <span lang="en">{h.source}</span> → <span lang="ko">{h.target}</span>
                </button>
                {h.status === 'PROPOSED' && <span className="badge proposed">{t('proposed')}</span>}
                {h.note && <div className="muted small">{h.note}</div>}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="sp-history">
        <h2 id="sp-history">{t('history')}</h2>
        <RevisionHistory segmentId={activeId} version={entry.server.version} />
      </section>
      <section aria-labelledby="sp-comments">
        <h2 id="sp-comments">{t('comments')}</h2>
        {/* Review annotations plug in here (threads of the active segment). */}
        <p className="muted">{t('noComments')}</p>
      </section>
    </aside>
  );
}
