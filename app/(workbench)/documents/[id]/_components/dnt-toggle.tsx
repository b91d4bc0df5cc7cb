'use client';
// The owner marks the active segment "do not translate" (left out of QA, progress and editions).
import { useTranslations } from 'next-intl';
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
            const r = await fetch(`/api/v1/segments/${segment.id}/do-not-translate`, {
              method: 'PUT',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ doNotTranslate: e.target.checked }),
            });
            if (r.ok) onSaved(await r.json());
          }}
        />
        {tl('doNotTranslate')}
      </label>
    </section>
  );
}
