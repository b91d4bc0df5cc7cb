'use client';
// Under the active editor when its confirmation was held back by QA errors: why (the errors, in the
// UI language when the QA panel has them for this version), read out at once (role="alert"), and
// "Confirm anyway…", which asks the reason in an in-app dialog and gives the focus back to the editor.
import { useTranslations } from 'next-intl';
import { ApiError } from '@/app/_components/api';
import { useErrorText } from '@/app/_components/use-error-text';
import { useState } from 'react';
import type { EditorStore } from './editor-store';
import { OverrideDialog } from './override-dialog';
import { useRowOverlay, type RowOverlays } from './row-overlays';
import { useSegmentEntry } from './use-store';

export function ConfirmRefusal({ store, overlays, id }: { store: EditorStore; overlays: RowOverlays; id: string }) {
  const t = useTranslations('editorQa');
  const errorText = useErrorText();
  const entry = useSegmentEntry(store, id);
  const overlay = useRowOverlay(overlays, id);
  const [asking, setAsking] = useState(false);
  if (!entry?.refused) return null;
  const { server } = entry;
  // Localised messages when the panel's QA is of this version; else the count alone.
  const localised = overlay.qa?.version === server.version ? overlay.qa.issues.filter((i) => i.severity === 'error') : [];

  const override = async (reason: string): Promise<string | null> => {
    const r = await fetch(`/api/v1/segments/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ target: server.target, state: 'TRANSLATED', version: server.version, qaOverrideReason: reason }),
    });
    const body = await r.json().catch(() => null);
    if (!r.ok) return errorText(ApiError.of(r.status, body));
    store.applyRemote(body);
    return null;
  };

  return (
    <div className="confirm-refused" data-testid="confirm-refused">
      <div role="alert" className="error">
        <p>{t('refused', { count: entry.refused.issues.length })}</p>
        {localised.length > 0 && (
          <ul className="qa-list">
            {localised.map((i) => (
              <li key={i.key}>{i.message}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="danger small" disabled={entry.pending !== null} onClick={() => setAsking(true)}>
        {t('confirmAnyway')}
      </button>
      <OverrideDialog open={asking} what="confirm" n={server.position + 1} onSubmit={override} onClose={() => setAsking(false)} />
    </div>
  );
}
