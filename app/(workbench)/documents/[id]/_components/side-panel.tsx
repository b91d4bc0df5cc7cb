'use client';
// The active segment's side panel: suggestions (TM/MT fill it later), glossary hits, revision
// history with diffs, comments (review fills it later). Each section is a <section> with a heading;
// new features add a section here.
import { useTranslations } from 'next-intl';
import { NameCandidates } from '@/app/_components/name-candidates';
import { TermNote } from '@/app/_components/term-note';
import type { EditorStore } from './editor-store';
import { QaSection } from './qa-section';
import type { RowOverlays } from './row-overlays';
import { ReviewSection } from './review-section';
import { RevisionHistory } from './revision-history';
import { TmMatchDetails } from './tm-match';
import type { EditorTerm, SegmentDto, Suggestion } from './types';
import { useSegmentEntry } from './use-store';

interface Props {
  store: EditorStore;
  overlays: RowOverlays;
  activeId: string;
  hits: EditorTerm[];
  suggestions: Suggestion[];
  onInsertTerm: (i: number) => void;
  onInsertSuggestion: (i: number) => void;
  /** A spelling suggestion clicked in the QA section: replaces the word in the active editor. */
  onReplaceWord?: (word: string, near: number, replacement: string) => boolean;
  /** Opens the concordance search (Ctrl+K) with the selected text. */
  onConcordance?: () => void;
  role: 'OWNER' | 'TRANSLATOR' | 'REVIEWER';
  userId: string;
  reviewMode: boolean;
  /** A segment the server returned (a decision, an override, a flag): put it in the store. */
  onServerSegment: (segment: SegmentDto) => void;
  /** After an approval or rejection without "stay": go on to the next segment. */
  onDecided: (segment: SegmentDto, stay: boolean) => void;
  /** The owner picked the Korean form of a name not vetted yet. */
  onTermPicked?: (termId: string, target: string) => void;
}

export function SidePanel({
  store,
  overlays,
  activeId,
  hits,
  suggestions,
  onInsertTerm,
  onInsertSuggestion,
  onReplaceWord,
  onConcordance,
  role,
  userId,
  reviewMode,
  onServerSegment,
  onDecided,
  onTermPicked,
}: Props) {
  const tl = useTranslations('editorLinks');
  const tq = useTranslations('editorQa');
  const t = useTranslations('editor');
  const tm = useTranslations('tmMatch');
  const entry = useSegmentEntry(store, activeId);
  if (!entry) return null;
  return (
    <aside className="side-panel" aria-label={t('sidePanel', { n: entry.server.position + 1 })}>
      <section aria-labelledby="sp-suggestions">
        <h2 id="sp-suggestions">{t('suggestions')}</h2>
        {suggestions.length === 0 ? (
          <p className="muted">{t('noSuggestions')}</p>
        ) : (
          <ol className="hits" data-testid="tm-suggestions">
            {suggestions.slice(0, 3).map((s, i) => (
              <li key={i}>
                <button type="button" className="secondary small" onClick={() => onInsertSuggestion(i)}>
                  <kbd>Ctrl+{i + 1}</kbd> <span lang="ko">{s.text}</span>
                </button>
                {s.tm && <TmMatchDetails match={s.tm} />}
              </li>
            ))}
          </ol>
        )}
        {onConcordance && (
          <button type="button" className="secondary small" onMouseDown={(e) => e.preventDefault()} onClick={onConcordance}>
            {tm('concordance')}
          </button>
        )}
      </section>
      <section aria-labelledby="sp-glossary">
        <h2 id="sp-glossary">{t('glossary')}</h2>
        {hits.length === 0 ? (
          <p className="muted">{t('noHits')}</p>
        ) : (
          <ol className="hits" data-testid="glossary-hits">
            {hits.map((h, i) => (
              <li key={h.id}>
                <button type="button" className="secondary small" onClick={() => onInsertTerm(i)} disabled={i >= 9}>
                  {i < 9 && <kbd>Ctrl+Shift+{i + 1}</kbd>} <span lang="en">{h.source}</span> → <span lang="ko">{h.target}</span>
                </button>
                {h.status === 'PROPOSED' && h.target !== '' && <span className="badge proposed">{t('proposed')}</span>}
                {h.kind === 'NAME' && (
                  <NameCandidates term={h} canPick={role === 'OWNER'} onPicked={(target) => onTermPicked?.(h.id, target)} />
                )}
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
      <section aria-labelledby="sp-history">
        <h2 id="sp-history">{t('history')}</h2>
        <RevisionHistory segmentId={activeId} version={entry.server.version} />
      </section>
      <section aria-labelledby="sp-qa">
        <h2 id="sp-qa">{tq('title')}</h2>
        <QaSection segment={entry.server} role={role} onSaved={onServerSegment} overlays={overlays} onReplaceWord={onReplaceWord} />
      </section>
      <ReviewSection segment={entry.server} overlays={overlays} role={role} userId={userId} reviewMode={reviewMode} onDecided={onDecided} />
      {role === 'OWNER' && (
        <section aria-label={tl('doNotTranslate')}>
          <label className="row small">
            <input
              type="checkbox"
              checked={entry.server.doNotTranslate}
              onChange={async (e) => {
                const r = await fetch(`/api/v1/segments/${activeId}/do-not-translate`, {
                  method: 'PUT',
                  headers: { 'content-type': 'application/json' },
                  body: JSON.stringify({ doNotTranslate: e.target.checked }),
                });
                if (r.ok) onServerSegment(await r.json());
              }}
            />
            {tl('doNotTranslate')}
          </label>
        </section>
      )}
    </aside>
  );
}
