'use client';
// The owner marks the active segment "do not translate" (left out of QA, progress and editions).
import { useTranslations } from 'next-intl';
import { call } from '@/app/_components/api-client/client';
import type { SegmentDto } from './types';

export function DntToggle({ segment, onSaved }: { segment: SegmentDto; onSaved: (s: SegmentDto) => void }) {
  const tl = useTranslations('editorLinks');
  return (
    <section aria-label={tl('doNotTranslate')} className="dnt-toggle">
      <label className="row small">
        <input
          type="checkbox"
          checked={segment.doNotTranslate}
          onChange={async (e) => {
            const saved = await call('setDoNotTranslate', { params: { id: segment.id }, body: { doNotTranslate: e.target.checked } }).catch(
              () => null, // refused: the box stays as the server has it
            );
            if (saved) onSaved(saved);
          }}
        />
        {tl('doNotTranslate')}
      </label>
    </section>
  );
}
