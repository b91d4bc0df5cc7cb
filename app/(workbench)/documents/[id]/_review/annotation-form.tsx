'use client';
// The form that adds an annotation to a selection. Keyboard first: focus starts on the category
// group, where 1–9 and a–d pick a category (focus moves on to severity); in the severity group
// n / m / j / c, or the points 0 / 1 / 5 / 25, pick a severity (focus moves on to the comment);
// Ctrl/⌘+Enter saves, Escape cancels. Everything also works with the mouse.
import { useTranslations } from 'next-intl';
import type { TAnnotation } from '@/lib/review/types';
import { MentionField, type MentionPerson } from './mention-field';
import { CategoryGroup, SeverityGroup } from './mqm-pick-groups';
import { useAnnotationForm } from './use-annotation-form';

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
  const form = useAnnotationForm(segmentId, selection, onCreated);

  return (
    <form
      className="annotation-form"
      aria-label={t('formTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          e.stopPropagation();
          void form.submit();
        }
      }}
    >
      <p className="muted small">
        {t(selection.side === 'source' ? 'onSource' : 'onTarget')}:{' '}
        <q lang={selection.side === 'source' ? 'en' : 'ko'} data-testid="annotation-quote">
          {selection.quote}
        </q>
      </p>
      <CategoryGroup groupRef={form.categoryRef} onKeyDown={form.onCategoryKey} value={form.category} onPick={form.setCategory} />
      <SeverityGroup groupRef={form.severityRef} onKeyDown={form.onSeverityKey} value={form.severity} onPick={form.setSeverity} />
      <label className="block">
        {t('comment')}
        <MentionField
          multiline
          id={form.commentId}
          value={form.comment}
          onValueChange={form.setComment}
          members={members}
          rows={3}
          maxLength={10_000}
          placeholder={t('commentPlaceholder')}
        />
      </label>
      {form.error && (
        <p role="alert" className="error">
          {form.error}
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={form.busy}>
          {t('add')} <kbd>Ctrl+Enter</kbd>
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
