'use client';
// State of the search-and-replace dialog (replace-dialog.tsx): the query, the server's preview
// (dryRun), the ticked rows, and the apply with the previewed versions.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { call, type CallResult } from '@/app/_components/api-client/client';
import type { SegmentDto } from './types';
import { useErrorText } from '@/app/_components/use-error-text';

export type ReplaceMatch = CallResult<'replaceInDocument'>['matches'][number];

export function useReplace(documentId: string, onApplied: (segs: SegmentDto[]) => void) {
  const t = useTranslations('editor');
  const errorText = useErrorText();
  const [find, setFind] = useState('');
  const [replace, setReplace] = useState('');
  const [regex, setRegex] = useState(false);
  const [caseSensitive, setCase] = useState(false);
  const [preview, setPreview] = useState<ReplaceMatch[] | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (dryRun: boolean) => {
    setBusy(true);
    setMessage(null);
    try {
      const body = {
        find,
        replace,
        regex,
        caseSensitive,
        dryRun,
        ...(dryRun ? {} : { segmentIds: [...picked], versions: Object.fromEntries((preview ?? []).map((m) => [m.segmentId, m.version])) }),
      };
      const r = await call('replaceInDocument', { params: { id: documentId }, body });
      if (dryRun) {
        setPreview(r.matches);
        setPicked(new Set(r.matches.map((m) => m.segmentId)));
        if (!r.matches.length) setMessage(t('noMatches'));
      } else {
        onApplied(r.applied);
        setPreview(null);
        setMessage(
          t('replacedSummary', { applied: r.applied.length, skipped: r.skipped.length }) +
            (r.skipped.length ? ` ${r.skipped.map((s) => s.reason).join('; ')}` : ''),
        );
      }
    } catch (err) {
      setMessage(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return {
    find,
    setFind,
    replace,
    setReplace,
    regex,
    setRegex,
    caseSensitive,
    setCase,
    preview,
    setPreview,
    picked,
    setPicked,
    message,
    busy,
    run,
  };
}
