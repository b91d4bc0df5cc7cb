'use client';
// The form that adds an annotation to a selection. Keyboard first: focus starts on the category
// group, where 1–9 and a–d pick a category (focus moves on to severity); in the severity group
// n / m / j / c, or the points 0 / 1 / 5 / 25, pick a severity (focus moves on to the comment);
// Ctrl/⌘+Enter saves, Escape cancels. Everything also works with the mouse.
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import {
  CATEGORY_KEYS,
  MQM_CATEGORIES,
  MQM_SEVERITIES,
  PENALTY,
  SEVERITY_KEYS,
  categoryForKey,
  categoryMessageKey,
  severityForKey,
  type MqmCategory,
  type MqmSeverity,
} from '@/lib/review/mqm';
import type { TAnnotation } from '@/lib/review/types';
import { MentionField, type MentionPerson } from './mention-field';
import { reviewApi } from './review-api';
import { useErrorText } from '@/app/_components/use-error-text';

export interface AnnotationSelection {
  side: 'source' | 'target';
  /** Plain-text offsets (docToText) of the selection in that side. */
  start: number;
  end: number;
  quote: string;
}

export interface AnnotationFormProps {
  segmentId: string;
  selection: AnnotationSelection;
  onCreated: (annotation: TAnnotation) => void;
  onCancel: () => void;
  /** Project members, for @mention completion in the comment. */
  members?: readonly MentionPerson[];
}

export function AnnotationForm({ segmentId, selection, onCreated, onCancel, members = [] }: AnnotationFormProps) {
  const t = useTranslations('review');
  const errorText = useErrorText();
  const [category, setCategory] = useState<MqmCategory | null>(null);
  const [severity, setSeverity] = useState<MqmSeverity | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const categoryRef = useRef<HTMLFieldSetElement>(null);
  const severityRef = useRef<HTMLFieldSetElement>(null);
  const commentId = useId();
  const typed = useRef('');

  useEffect(() => {
    categoryRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  const focusGroup = (ref: React.RefObject<HTMLFieldSetElement | null>, value: string) =>
    requestAnimationFrame(() => ref.current?.querySelector<HTMLInputElement>(`input[value="${value}"]`)?.focus());

  const onCategoryKey = (e: React.KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const c = categoryForKey(e.key);
    if (!c) return;
    e.preventDefault();
    setCategory(c);
    focusGroup(severityRef, severity ?? 'minor');
  };
  const onSeverityKey = (e: React.KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '2') {
      typed.current = '2';
      e.preventDefault();
      return;
    }
    const s = severityForKey(typed.current + e.key);
    typed.current = '';
    if (!s) return;
    e.preventDefault();
    setSeverity(s);
    requestAnimationFrame(() => document.getElementById(commentId)?.focus());
  };

  const submit = async () => {
    if (!category || !severity) {
      setError(t('pickBoth'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onCreated(
        await reviewApi.create(segmentId, {
          side: selection.side,
          start: selection.start,
          end: selection.end,
          category,
          severity,
          comment,
        }),
      );
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="annotation-form"
      aria-label={t('formTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          e.stopPropagation();
          void submit();
        }
      }}
    >
      <p className="muted small">
        {t(selection.side === 'source' ? 'onSource' : 'onTarget')}:{' '}
        <q lang={selection.side === 'source' ? 'en' : 'ko'} data-testid="annotation-quote">
          {selection.quote}
        </q>
      </p>
      <fieldset ref={categoryRef} onKeyDown={onCategoryKey} className="pick-group">
        <legend>
          {t('category')} <span className="muted small">{t('categoryKeys')}</span>
        </legend>
        {MQM_CATEGORIES.map((c) => (
          <label key={c} className="pick">
            <input type="radio" name="category" value={c} checked={category === c} onChange={() => setCategory(c)} />
            <kbd>{CATEGORY_KEYS[c]}</kbd> {t(`category_${categoryMessageKey(c)}`)}
          </label>
        ))}
      </fieldset>
      <fieldset ref={severityRef} onKeyDown={onSeverityKey} className="pick-group">
        <legend>
          {t('severity')} <span className="muted small">{t('severityKeys')}</span>
        </legend>
        {MQM_SEVERITIES.map((s) => (
          <label key={s} className="pick">
            <input type="radio" name="severity" value={s} checked={severity === s} onChange={() => setSeverity(s)} />
            <kbd>{SEVERITY_KEYS[s]}</kbd> {t(`severity_${s}`)} <span className="muted small">({t('points', { n: PENALTY[s] })})</span>
          </label>
        ))}
      </fieldset>
      <label className="block">
        {t('comment')}
        <MentionField
          multiline
          id={commentId}
          value={comment}
          onValueChange={setComment}
          members={members}
          rows={3}
          maxLength={10_000}
          placeholder={t('commentPlaceholder')}
        />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={busy}>
          {t('add')} <kbd>Ctrl+Enter</kbd>
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
