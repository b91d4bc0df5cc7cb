'use client';
// AnnotationForm's state and keyboard: focus starts on the category group; a category key moves
// focus on to severity, a severity key (n / m / j / c, or 0 / 1 / 5 / 25) on to the comment.
// `submit` creates the annotation (category and severity are both required).
import { useTranslations } from 'next-intl';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { categoryForKey, severityForKey, type MqmCategory, type MqmSeverity } from '@/lib/review/mqm';
import type { TAnnotation } from '@/lib/review/types';
import type { AnnotationSelection } from './annotation-form';
import { reviewApi } from './review-api';
import { useErrorText } from '@/app/_components/use-error-text';

export function useAnnotationForm(segmentId: string, selection: AnnotationSelection, onCreated: (annotation: TAnnotation) => void) {
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

  // Focus moves at once, inside the key's own event (no animation frame): a fast typist's next key
  // (the severity right after the category) must reach the group it is meant for, not be lost on
  // the previous one or typed into the segment.
  useLayoutEffect(() => {
    categoryRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  const focusGroup = (ref: React.RefObject<HTMLFieldSetElement | null>, value: string) =>
    ref.current?.querySelector<HTMLInputElement>(`input[value="${value}"]`)?.focus();

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
    document.getElementById(commentId)?.focus();
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

  return {
    category,
    setCategory,
    severity,
    setSeverity,
    comment,
    setComment,
    error,
    busy,
    categoryRef,
    severityRef,
    commentId,
    onCategoryKey,
    onSeverityKey,
    submit,
  };
}
