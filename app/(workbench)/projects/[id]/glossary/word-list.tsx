'use client';
// The project's word list (#22): Korean words the spelling check accepts (coined terms, names the
// glossary does not hold). Added from the QA panel or here; owners change it, members see it.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ApiError } from '@/app/_components/api';
import { call } from '@/app/_components/api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';

export function WordList({ projectId, initial, canEdit }: { projectId: string; initial: string[]; canEdit: boolean }) {
  const t = useTranslations('spelling');
  const errorText = useErrorText();
  const [words, setWords] = useState(initial);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function run(f: () => Promise<void>) {
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(errorText(e instanceof ApiError ? e : ApiError.of(0, null)));
    }
  }
  const add = () =>
    run(async () => {
      const r = await call('addWords', { params: { id: projectId }, body: { words: draft.split(/[\s,]+/).filter(Boolean) } });
      setWords(r.words);
      setDraft('');
    });
  const remove = (w: string) =>
    run(async () => {
      await call('deleteWord', { params: { id: projectId }, query: { word: w } });
      setWords((ws) => ws.filter((x) => x !== w));
    });

  return (
    <section aria-labelledby="word-list-title" data-testid="word-list">
      <h2 id="word-list-title">{t('wordList')}</h2>
      <p className="muted">{t('wordListHelp')}</p>
      {words.length === 0 ? (
        <p className="muted">{t('noWords')}</p>
      ) : (
        <ul className="inline-list">
          {words.map((w) => (
            <li key={w} lang="ko">
              {w}{' '}
              {canEdit && (
                <button type="button" className="secondary small" aria-label={t('removeWord', { word: w })} onClick={() => void remove(w)}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (draft.trim()) void add();
          }}
        >
          <label>
            {t('newWords')} <input value={draft} onChange={(e) => setDraft(e.target.value)} lang="ko" />
          </label>{' '}
          <button type="submit" className="secondary">
            {t('add')}
          </button>
        </form>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
