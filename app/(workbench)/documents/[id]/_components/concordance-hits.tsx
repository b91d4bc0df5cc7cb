'use client';
// The concordance's hits (concordance-dialog.tsx): both sides, the memory entry's details and, when
// the editor can take it, "Insert" (puts the Korean into the active segment and closes the dialog).
import { useTranslations } from 'next-intl';
import type { CallResult } from '@/app/_components/api-client/client';
import { TmMeta } from './tm-match';

export function ConcordanceHits({
  units,
  onInsert,
  onClose,
}: {
  units: CallResult<'searchTm'>['units'];
  onInsert?: (text: string) => void;
  onClose: () => void;
}) {
  const t = useTranslations('tmMatch');
  return (
    <ol className="concordance-hits" data-testid="concordance-hits">
      {units.map((u) => (
        <li key={u.id}>
          <div lang="en">{u.source}</div>
          <div lang="ko" className="ko">
            {u.target}
          </div>
          <TmMeta {...u} />
          {onInsert && (
            <button
              type="button"
              className="secondary small"
              onClick={() => {
                onInsert(u.target);
                onClose();
              }}
            >
              {t('insert')}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
