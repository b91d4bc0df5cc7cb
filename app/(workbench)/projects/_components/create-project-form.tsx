'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { call } from '@/app/_components/api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';

export function CreateProjectForm() {
  const t = useTranslations('projects');
  const errorText = useErrorText();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="card"
      onSubmit={async (e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = new FormData(form);
        setError(null);
        try {
          const p = await call('createProject', {
            body: {
              name: data.get('name') as string,
              sourceLang: data.get('sourceLang') as string,
              targetLang: data.get('targetLang') as string,
            },
          });
          router.push(`/projects/${p.id}`);
        } catch (err) {
          setError(errorText(err));
        }
      }}
    >
      <div className="row">
        <div className="field">
          <label htmlFor="project-name">{t('name')}</label>
          <input id="project-name" name="name" required maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="project-source">{t('sourceLang')}</label>
          <input id="project-source" name="sourceLang" defaultValue="en" size={5} />
        </div>
        <div className="field">
          <label htmlFor="project-target">{t('targetLang')}</label>
          <input id="project-target" name="targetLang" defaultValue="ko" size={5} />
        </div>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit">{t('createSubmit')}</button>
    </form>
  );
}
