'use client';
// The active segment's annotations for AnnotationPanel: loads them on a segment or version change and
// replaces (or appends) one after a change, telling `onAnnotations` the current list each time.
import { useCallback, useEffect, useState } from 'react';
import type { TAnnotation, TSegmentAnnotations } from '@/lib/review/types';
import { reviewApi } from './review-api';
import { useErrorText } from '@/app/_components/use-error-text';

export function useSegmentAnnotations(segmentId: string, version: number, onAnnotations?: (annotations: TAnnotation[]) => void) {
  const errorText = useErrorText();
  const [data, setData] = useState<TSegmentAnnotations | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const d = await reviewApi.list(segmentId);
      setData(d);
      setError(null);
      onAnnotations?.(d.annotations);
    } catch (err) {
      setError(errorText(err));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [segmentId]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the state is set when the request answers
    void load();
  }, [load, version]);

  const replace = (a: TAnnotation) => {
    setData((d) => {
      if (!d) return d;
      const exists = d.annotations.some((x) => x.id === a.id);
      const annotations = exists ? d.annotations.map((x) => (x.id === a.id ? a : x)) : [...d.annotations, a];
      onAnnotations?.(annotations);
      return { ...d, annotations };
    });
  };

  return { data, error, replace };
}
