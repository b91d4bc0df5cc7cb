'use client';
// The publish form's state: front matter (title and subtitle in English and Korean, slug, editor's
// note), the override reason while something blocks, and POST …/editions with its answer.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiError } from '@/app/_components/api';
import { call, type CallResult } from '@/app/_components/api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';

type Published = Pick<CallResult<'publishEdition'>, 'version' | 'slug' | 'url'>;
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
const koOf = (b: Bilingual | null) => (b && b.target !== b.source ? b.target : '');

export function usePublish(documentId: string, blocked: boolean, defaults: PublishDefaults) {
  const t = useTranslations('publish');
  const errorText = useErrorText();
  const router = useRouter();
  const [reason, setReason] = useState('');
  const [title, setTitle] = useState(defaults.title.source);
  const [titleKo, setTitleKo] = useState(koOf(defaults.title));
  const [subtitle, setSubtitle] = useState(defaults.subtitle?.source ?? '');
  const [subtitleKo, setSubtitleKo] = useState(koOf(defaults.subtitle));
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
      const res = await call('publishEdition', { params: { id: documentId }, body });
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

  const setSlugClearing = (v: string) => {
    setSlug(v);
    setSlugError(null);
  };
  return {
    fields: {
      title,
      setTitle,
      titleKo,
      setTitleKo,
      subtitle,
      setSubtitle,
      subtitleKo,
      setSubtitleKo,
      slug,
      setSlug: setSlugClearing,
      note,
      setNote,
    },
    reason,
    setReason,
    busy,
    error,
    slugError,
    slugInvalid,
    done,
    publish,
    canSubmit: !busy && !!title.trim() && !slugInvalid && (!blocked || reason.trim().length >= 3),
  };
}
