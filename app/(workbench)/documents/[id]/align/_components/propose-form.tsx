'use client';
// Step one: the existing Korean translation, pasted or as a file.
import { useTranslations } from 'next-intl';
import { Upload } from 'lucide-react';

export function ProposeForm({
  busy,
  error,
  onPropose,
}: {
  busy: boolean;
  error: string | null;
  onPropose: (form: HTMLFormElement) => void;
}) {
  const t = useTranslations('align');
  return (
    <form
      className="align-card align-propose"
      onSubmit={(e) => {
        e.preventDefault();
        onPropose(e.currentTarget);
      }}
    >
      <p className="muted">{t('help')}</p>
      <div className="field">
        <label htmlFor="align-content">{t('paste')}</label>
        <textarea id="align-content" name="content" lang="ko" rows={10} />
      </div>
      <div className="field">
        <label htmlFor="align-file">{t('file')}</label>
        <input id="align-file" name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,.docx,.xlf,.xliff" />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        <Upload size={16} aria-hidden="true" /> {busy ? t('aligning') : t('propose')}
      </button>
    </form>
  );
}
