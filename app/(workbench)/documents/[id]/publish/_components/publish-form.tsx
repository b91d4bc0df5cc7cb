'use client';
// The publish form (owner): the edition's title and subtitle in English and Korean, its address
// (slug), a public editor's note (shown only when written), and, while something is not approved,
// the internal reason for publishing anyway (kept for the project, never printed in the edition).
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api, ApiError } from '@/app/_components/api';
import { useErrorText } from '@/app/_components/use-error-text';

interface Published {
  version: number;
  slug: string;
  url: string;
}
interface Bilingual {
  source: string;
  target: string;
}
export interface PublishDefaults {
  title: Bilingual;
  subtitle: Bilingual | null;
  slug: string;
  editorNote: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
  const errorText = useErrorText();
  const router = useRouter();
  const [reason, setReason] = useState('');
  const [title, setTitle] = useState(defaults.title.source);
  const [titleKo, setTitleKo] = useState(defaults.title.target === defaults.title.source ? '' : defaults.title.target);
  const [subtitle, setSubtitle] = useState(defaults.subtitle?.source ?? '');
  const [subtitleKo, setSubtitleKo] = useState(
    defaults.subtitle && defaults.subtitle.target !== defaults.subtitle.source ? defaults.subtitle.target : '',
  );
  const [slug, setSlug] = useState(defaults.slug);
  const [note, setNote] = useState(defaults.editorNote);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [slugError, setSlugError] = useState<string | null>(null);
  const [done, setDone] = useState<Published | null>(null);

  const slugInvalid = slug.trim() !== '' && !SLUG.test(slug.trim());

  async function publish() {
    setBusy(true);
    setError(null);
    setSlugError(null);
    try {
      const body = {
        ...(blocked ? { overrideReason: reason } : {}),
        title: { source: title, target: titleKo },
        ...(subtitle.trim() ? { subtitle: { source: subtitle, target: subtitleKo } } : {}),
        ...(slug.trim() ? { slug: slug.trim() } : {}),
        ...(note.trim() ? { editorNote: note } : {}),
      };
      const res = await api<Published>(`/api/v1/documents/${documentId}/editions`, { method: 'POST', body });
      setDone(res);
      setReason('');
      router.refresh();
    } catch (err) {
      const reasonCode = err instanceof ApiError ? (err.details as { reason?: string } | undefined)?.reason : undefined;
      if (reasonCode === 'slug_taken') setSlugError(t('slugTaken', { slug: slug.trim() }));
      else setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  const field = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    lang: 'en' | 'ko',
    extra: Record<string, unknown> = {},
  ) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} lang={lang} value={value} onChange={(e) => set(e.target.value)} maxLength={300} {...extra} />
    </div>
  );

  return (
    <form
      className="publish-card publish-form"
      onSubmit={(e) => {
        e.preventDefault();
        void publish();
      }}
      aria-labelledby="publish-heading"
      data-testid="publish-form"
    >
      <h2 id="publish-heading">{t('publishVersion', { version: nextVersion })}</h2>
      <fieldset className="publish-fields">
        <legend className="muted">{t('frontMatter')}</legend>
        {field('ed-title', t('titleEn'), title, setTitle, 'en', { required: true })}
        {field('ed-title-ko', t('titleKo'), titleKo, setTitleKo, 'ko')}
        {field('ed-subtitle', t('subtitleEn'), subtitle, setSubtitle, 'en')}
        {field('ed-subtitle-ko', t('subtitleKo'), subtitleKo, setSubtitleKo, 'ko')}
        <div className="field">
          <label htmlFor="ed-slug">{t('slug')}</label>
          <input
            id="ed-slug"
            value={slug}
            onChange={(e) => {
              setSlug(e.target.value);
              setSlugError(null);
            }}
            maxLength={80}
            spellCheck={false}
            autoCapitalize="off"
            aria-invalid={slugInvalid || !!slugError}
            aria-describedby="ed-slug-help"
          />
          <p id="ed-slug-help" className={slugInvalid || slugError ? 'error' : 'muted'} role={slugError ? 'alert' : undefined}>
            {slugError ?? (slugInvalid ? t('slugInvalid') : t('slugHelp', { path: `/e/${slug.trim() || '…'}` }))}
          </p>
        </div>
        <div className="field">
          <label htmlFor="ed-note">{t('editorNote')}</label>
          <textarea id="ed-note" value={note} onChange={(e) => setNote(e.target.value)} maxLength={4000} aria-describedby="ed-note-help" />
          <p id="ed-note-help" className="muted">
            {t('editorNoteHelp')}
          </p>
        </div>
      </fieldset>
      {blocked && (
        <div className="field publish-override">
          <label htmlFor="override-reason">{t('overrideReason')}</label>
          <textarea
            id="override-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
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
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy || !title.trim() || slugInvalid || (blocked && reason.trim().length < 3)}>
        {busy ? t('publishing') : blocked ? t('publishAnyway') : t('publish')}
      </button>
      {done && (
        <p role="status" className="publish-done">
          {t('published', { version: done.version })}{' '}
          <a href={done.url} data-testid="published-link">
            {done.url}
          </a>
        </p>
      )}
    </form>
  );
}
