'use client';
// The publish form (owner): the edition's front matter (front-matter-fields.tsx) and, while something
// is not approved, the internal reason for publishing anyway (kept for the project, never printed in
// the edition). State and request: use-publish.ts.
import { useTranslations } from 'next-intl';
import { FrontMatterFields } from './front-matter-fields';
import { usePublish, type PublishDefaults } from './use-publish';

export type { PublishDefaults } from './use-publish';

export function PublishForm({
  documentId,
  blocked,
  nextVersion,
  defaults,
}: {
  documentId: string;
  blocked: boolean;
  nextVersion: number;
  defaults: PublishDefaults;
}) {
  const t = useTranslations('publish');
  const form = usePublish(documentId, blocked, defaults);
  return (
    <form
      className="publish-card publish-form"
      onSubmit={(e) => {
        e.preventDefault();
        void form.publish();
      }}
      aria-labelledby="publish-heading"
      data-testid="publish-form"
    >
      <h2 id="publish-heading">{t('publishVersion', { version: nextVersion })}</h2>
      <FrontMatterFields form={form} />
      {blocked && (
        <div className="field publish-override">
          <label htmlFor="override-reason">{t('overrideReason')}</label>
          <textarea
            id="override-reason"
            value={form.reason}
            onChange={(e) => form.setReason(e.target.value)}
            required
            minLength={3}
            maxLength={1000}
            aria-describedby="override-help"
          />
          <p id="override-help" className="muted">
            {t('overrideHelp')}
          </p>
        </div>
      )}
      {form.error && (
        <p className="error" role="alert">
          {form.error}
        </p>
      )}
      <button type="submit" disabled={!form.canSubmit}>
        {form.busy ? t('publishing') : blocked ? t('publishAnyway') : t('publish')}
      </button>
      {form.done && (
        <p role="status" className="publish-done">
          {t('published', { version: form.done.version })}{' '}
          <a href={form.done.url} data-testid="published-link">
            {form.done.url}
          </a>
        </p>
      )}
    </form>
  );
}
