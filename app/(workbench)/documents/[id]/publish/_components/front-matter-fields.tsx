'use client';
// The edition's front matter: title and subtitle in English and Korean side by side, the address
// (slug) with its rule, and the public editor's note.
import { useTranslations } from 'next-intl';
import type { usePublish } from './use-publish';

type Form = ReturnType<typeof usePublish>;

function Field(props: { id: string; label: string; value: string; set: (v: string) => void; lang: 'en' | 'ko'; required?: boolean }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        lang={props.lang}
        value={props.value}
        onChange={(e) => props.set(e.target.value)}
        maxLength={300}
        required={props.required}
      />
    </div>
  );
}

export function FrontMatterFields({ form }: { form: Form }) {
  const t = useTranslations('publish');
  const f = form.fields;
  const slugBad = form.slugInvalid || !!form.slugError;
  return (
    <fieldset className="publish-fields">
      <legend className="muted">{t('frontMatter')}</legend>
      <Field id="ed-title" label={t('titleEn')} value={f.title} set={f.setTitle} lang="en" required />
      <Field id="ed-title-ko" label={t('titleKo')} value={f.titleKo} set={f.setTitleKo} lang="ko" />
      <Field id="ed-subtitle" label={t('subtitleEn')} value={f.subtitle} set={f.setSubtitle} lang="en" />
      <Field id="ed-subtitle-ko" label={t('subtitleKo')} value={f.subtitleKo} set={f.setSubtitleKo} lang="ko" />
      <div className="field">
        <label htmlFor="ed-slug">{t('slug')}</label>
        <input
          id="ed-slug"
          value={f.slug}
          onChange={(e) => f.setSlug(e.target.value)}
          maxLength={80}
          spellCheck={false}
          autoCapitalize="off"
          aria-invalid={slugBad}
          aria-describedby="ed-slug-help"
        />
        <p id="ed-slug-help" className={slugBad ? 'error' : 'muted'} role={form.slugError ? 'alert' : undefined}>
          {form.slugError ?? (form.slugInvalid ? t('slugInvalid') : t('slugHelp', { path: `/e/${f.slug.trim() || '…'}` }))}
        </p>
      </div>
      <div className="field">
        <label htmlFor="ed-note">{t('editorNote')}</label>
        <textarea
          id="ed-note"
          value={f.note}
          onChange={(e) => f.setNote(e.target.value)}
          maxLength={4000}
          aria-describedby="ed-note-help"
        />
        <p id="ed-note-help" className="muted">
          {t('editorNoteHelp')}
        </p>
      </div>
    </fieldset>
  );
}
