'use client';
// Under a spelling issue in the QA panel (#22): each suggested correction is a button that replaces
// the misspelt word in the active segment's editor (an ordinary edit: one undo step, saved like
// typing), and, for the project's owner (who keeps the glossary), "Add to word list", after which
// the word is no longer flagged.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ApiError } from '@/app/_components/api';
import { call } from '@/app/_components/api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';
import type { QaIssueDto } from './row-overlays';

type SpellingIssue = QaIssueDto & { word?: string; suggestions?: string[] };

export function SpellingActions({
  issue,
  documentId,
  role,
  onAdded,
  onReplace,
}: {
  issue: QaIssueDto;
  documentId: string;
  role: string;
  onAdded: () => void;
  /** Replaces the word nearest `near` in the active editor; false when it is no longer there. */
  onReplace?: (word: string, near: number, replacement: string) => boolean;
}) {
  const t = useTranslations('spelling');
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { word, suggestions = [] } = issue as SpellingIssue;
  if (!word) return null;

  async function add() {
    setBusy(true);
    setError(null);
    try {
      const { projectId } = await call('getDocument', { params: { id: documentId } });
      await call('addWords', { params: { id: projectId }, body: { words: [word!] } });
      onAdded();
    } catch (e) {
      setError(errorText(e instanceof ApiError ? e : ApiError.of(0, null)));
    } finally {
      setBusy(false);
    }
  }

  function replace(s: string) {
    setError(onReplace!(word!, issue.targetSpan?.start ?? 0, s) ? null : t('wordGone', { word: word! }));
  }

  return (
    <span className="spelling-actions" data-testid="spelling-actions">
      {suggestions.length > 0 && (
        <span className="muted">
          {t('suggestions')}{' '}
          {suggestions.map((s) =>
            onReplace ? (
              <button
                key={s}
                type="button"
                className="secondary small"
                lang="ko"
                data-testid="spelling-suggestion"
                aria-label={t('replaceWith', { word, suggestion: s })}
                onClick={() => replace(s)}
              >
                {s}
              </button>
            ) : (
              <span key={s} className="badge" lang="ko" data-testid="spelling-suggestion">
                {s}
              </span>
            ),
          )}
        </span>
      )}{' '}
      {role === 'OWNER' && (
        <button type="button" className="secondary small" disabled={busy} onClick={() => void add()}>
          {t('addWord')}
        </button>
      )}
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
