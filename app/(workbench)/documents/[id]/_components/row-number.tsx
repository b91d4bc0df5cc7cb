'use client';
// A row's first cell: its number (a button that opens it) and, for bulk review, its checkbox
// (Shift+click ticks a range).
import { useTranslations } from 'next-intl';
import { useSelected, type RowSelection } from './selection';

export function RowNumber({
  id,
  n,
  onActivate,
  selection,
}: {
  id: string;
  n: number;
  onActivate: (id: string) => void;
  selection?: RowSelection;
}) {
  const t = useTranslations('editor');
  const tb = useTranslations('bulkReview');
  const selected = useSelected(selection, id);
  return (
    <div className="seg-num">
      <button
        type="button"
        className="link-button"
        aria-label={t('editSegment', { n })}
        onClick={(e) => {
          e.stopPropagation();
          onActivate(id);
        }}
      >
        {n}
      </button>
      {selection && (
        <input
          type="checkbox"
          className="seg-select"
          aria-label={tb('selectSegment', { n })}
          checked={selected}
          onChange={() => {}}
          onClick={(e) => {
            e.stopPropagation();
            selection.click(id, e.shiftKey);
          }}
        />
      )}
    </div>
  );
}
