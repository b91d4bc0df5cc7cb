'use client';
// The side panel's suggestions: the best three (TM, MT), Ctrl+1…3 inserts one, and the
// concordance search of the translation memory.
import { useTranslations } from 'next-intl';
import { TmMatchDetails } from './tm-match';
import type { Suggestion } from './types';

export function SuggestionsTab({
  suggestions,
  onInsert,
  onConcordance,
}: {
  suggestions: Suggestion[];
  onInsert: (i: number) => void;
  onConcordance?: () => void;
}) {
  const t = useTranslations('editor');
  const tm = useTranslations('tmMatch');
  return (
    <section aria-labelledby="sp-suggestions">
      <h2 id="sp-suggestions" className="sr-only">
        {t('suggestions')}
      </h2>
      {suggestions.length === 0 ? (
        <p className="muted">{t('noSuggestions')}</p>
      ) : (
        <ol className="hits" data-testid="tm-suggestions">
          {suggestions.slice(0, 3).map((s, i) => (
            <li key={i}>
              <button type="button" className="secondary small" onClick={() => onInsert(i)}>
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
  );
}
