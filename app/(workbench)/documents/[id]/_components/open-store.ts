// Loading a document's segments for the editor (compact JSON from the API) and opening the store
// on the segment to show first.
import { expandSegment, type CompactSegment } from '@/lib/editor/compact-segment';
import { call } from '@/app/_components/api-client/client';
import { EditorStore } from './editor-store';
import type { SegmentDto } from './types';

/** Every segment of the document, in the compact wire format (a third of the full JSON), expanded. */
export async function loadSegments(documentId: string): Promise<SegmentDto[]> {
  // The same URL as the page's preload (page.tsx), so the browser reuses that response.
  const answer = await call('listSegments', { params: { id: documentId }, query: { format: 'compact' } });
  // format=compact is answered by a Response of its own (compact rows, ETag), so its type is not the registry's.
  const { segments } = answer as unknown as { segments: CompactSegment[] };
  return expandAll(documentId, segments);
}
export const expandAll = (documentId: string, segments: CompactSegment[]) =>
  segments.map((c) => ({ ...expandSegment(c), documentId, updatedAt: '' }) as SegmentDto);

/**
 * The store opened on the URL's segment (?s=N or #sN), else `opening` (the page's pick: the first
 * still to translate), else the first still to translate here, else the first. Null when the store
 * is only the page's first screen and the segment to open is not in it (the whole list decides).
 */
export function openStore(documentId: string, segments: SegmentDto[], whole: boolean, opening: string | null): EditorStore | null {
  const s = new EditorStore(documentId, segments);
  const wanted = Number(new URLSearchParams(window.location.search).get('s') ?? window.location.hash.match(/^#s(\d+)$/)?.[1] ?? '');
  const first =
    (wanted > 0 ? s.order.find((id) => s.get(id)!.server.position === wanted - 1) : opening && s.get(opening) ? opening : null) ||
    (whole
      ? s.order.find((id) => {
          const x = s.get(id)!.server;
          return !x.doNotTranslate && x.state !== 'TRANSLATED' && x.state !== 'APPROVED';
        }) ||
        s.order[0] ||
        null
      : null);
  if (!whole && !first) return null;
  s.setActive(first);
  s.restore();
  return s;
}
