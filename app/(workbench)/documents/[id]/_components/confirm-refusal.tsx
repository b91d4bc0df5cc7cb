'use client';
// Under the active editor when its confirmation was held back by QA errors: why (the errors, in the
// UI language when the QA panel has them for this version), read out at once (role="alert"), and
// "Confirm anyway…", which asks the reason in an in-app dialog and gives the focus back to the editor.
import { useTranslations } from 'next-intl';
import { call, type CallOptions } from '@/app/_components/api-client/client';
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
    try {
      // The editor's SegmentDoc (lib/editor/doc) is the document the server's schema validates, typed by hand.
      const target = server.target as CallOptions<'updateSegment'>['body']['target'];
      const body = { target, state: 'TRANSLATED' as const, version: server.version, qaOverrideReason: reason };
      store.applyRemote(await call('updateSegment', { params: { id }, body }));
      return null;
    } catch (e) {
      return errorText(e);
    }
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
