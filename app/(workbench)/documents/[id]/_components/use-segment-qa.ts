'use client';
// The active segment's QA for the QA section (qa-section.tsx): loaded 300 ms after the segment or its
// version changes (and passed on to the rows' overlays), ignore / un-ignore, and the confirm or
// approve "anyway" with a reason (each returns the error text, or null on success).
import { useLocale } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { call, type CallOptions, type CallResult } from '@/app/_components/api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';
import type { QaIssueDto, RowOverlays } from './row-overlays';
import type { SegmentDto } from './types';

type SegmentQa = CallResult<'segmentQa'>;

export function useSegmentQa(segment: SegmentDto, onSaved: (s: SegmentDto) => void, overlays?: RowOverlays) {
  const errorText = useErrorText();
  const locale = useLocale();
  const [qa, setQa] = useState<SegmentQa | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const stamp = performance.now();
    const body = await call('segmentQa', { params: { id: segment.id }, query: { lang: locale === 'ko' ? 'ko' : 'en' } }).catch(() => null);
    if (!body) return;
    setQa(body);
    overlays?.setQa(segment.id, { version: body.version, issues: body.issues }, stamp);
  }, [segment.id, locale, overlays]);

  useEffect(() => {
    const timer = setTimeout(() => void load(), 300);
    return () => clearTimeout(timer);
  }, [load, segment.version]);

  async function ignore(issue: QaIssueDto, ignored: boolean) {
    setError(null);
    await call('ignoreQaIssue', { params: { id: segment.id }, body: { key: issue.key, ignored } }).catch((e: unknown) =>
      setError(errorText(e)),
    );
    await load();
  }

  async function confirmAnyway(reason: string): Promise<string | null> {
    try {
      // The editor's SegmentDoc (lib/editor/doc) is the document the server's schema validates, typed by hand.
      const target = segment.target as CallOptions<'updateSegment'>['body']['target'];
      const body = { target, state: 'TRANSLATED' as const, version: segment.version, qaOverrideReason: reason };
      onSaved(await call('updateSegment', { params: { id: segment.id }, body }));
      return null;
    } catch (e) {
      return errorText(e);
    }
  }

  async function approveAnyway(reason: string): Promise<string | null> {
    try {
      onSaved(await call('approveSegment', { params: { id: segment.id }, body: { version: segment.version, qaOverrideReason: reason } }));
      return null;
    } catch (e) {
      return errorText(e);
    }
  }

  return { qa, error, load, ignore, confirmAnyway, approveAnyway };
}
