'use client';
// A name found without its original form (`Oh Gyeong-seop`) has ranked Hangul candidates and no
// chosen form: it says "name not vetted", and an owner picks a candidate or types the form (which
// confirms the name). Used by the glossary page and the editor's side panel.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { call } from './api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';

interface Props {
  term: { id: string; target: string; candidates: { target: string; score: number }[] };
  canPick: boolean;
  onPicked: (target: string) => void;
}

export function NameCandidates({ term, canPick, onPicked }: Props) {
  const t = useTranslations('names');
  const errorText = useErrorText();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (term.target.trim() !== '') return null;
  const pick = async (target: string) => {
    setError(null);
    try {
      await call('updateTerm', { params: { id: term.id }, body: { target, status: 'CONFIRMED' } });
      onPicked(target);
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <div className="name-candidates" data-testid="name-candidates">
      <span className="badge proposed">{t('notVetted')}</span>
      {term.candidates.length > 0 && <span className="small muted"> {t('candidates')}: </span>}
      {term.candidates.slice(0, 5).map((c) =>
        canPick ? (
          <button
            key={c.target}
            type="button"
            className="secondary small"
            lang="ko"
            aria-label={t('use', { target: c.target })}
            onClick={() => pick(c.target)}
          >
            {c.target} <span className="muted">{Math.round(c.score * 100)}%</span>
          </button>
        ) : (
          <span key={c.target} lang="ko" className="small">
            {' '}
            {c.target}{' '}
          </span>
        ),
      )}
      {canPick && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (typed.trim()) void pick(typed.trim());
          }}
        >
          <input
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            lang="ko"
            aria-label={t('typeForm')}
            placeholder={t('typeForm')}
            maxLength={100}
          />
          <button type="submit" className="small">
            {t('save')}
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="error small">
          {error}
        </p>
      )}
    </div>
  );
}
