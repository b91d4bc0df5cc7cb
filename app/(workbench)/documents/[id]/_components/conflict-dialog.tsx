'use client';
// A save came back 409: someone saved this segment after you loaded it. Both texts side by side;
// nothing is overwritten until you choose.
import { useTranslations } from 'next-intl';
import { RichText } from '@/app/_components/rich-text';
import type { EditorStore } from './editor-store';
import { Modal } from './modal';
import { useSegmentEntry } from './use-store';

export function ConflictDialog({ store, id, onMerged }: { store: EditorStore; id: string; onMerged: (id: string) => void }) {
  const t = useTranslations('editor');
  const entry = useSegmentEntry(store, id);
  const c = entry?.conflict;
  if (!entry || !c) return null;
  return (
    <Modal open title={t('conflictTitle', { n: entry.server.position + 1 })} onClose={() => {}} className="wide" testId="conflict-dialog">
      <p>{t('conflictHelp', { version: c.theirs.version })}</p>
      <div className="conflict-columns">
        <section aria-labelledby="conflict-theirs">
          <h3 id="conflict-theirs">{t('theirVersion')}</h3>
          <div className="conflict-text" lang="ko" data-testid="conflict-theirs">
            <RichText doc={c.theirs.target} />
          </div>
        </section>
        <section aria-labelledby="conflict-mine">
          <h3 id="conflict-mine">{t('yourVersion')}</h3>
          <div className="conflict-text" lang="ko" data-testid="conflict-mine">
            <RichText doc={c.mine} />
          </div>
        </section>
      </div>
      <div className="row">
        <button type="button" onClick={() => store.keepMine(id)}>
          {t('keepMine')}
        </button>
        <button type="button" className="secondary" onClick={() => store.takeTheirs(id)}>
          {t('takeTheirs')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            store.editMerged(id);
            onMerged(id);
          }}
        >
          {t('editMerged')}
        </button>
      </div>
    </Modal>
  );
}
