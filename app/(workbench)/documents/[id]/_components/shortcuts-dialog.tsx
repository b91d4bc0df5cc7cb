'use client';
// Alt+H: every shortcut of the editor, in one accessible dialog, grouped: translating, reviewing
// (reviewers and owners: the decisions) and comments (everyone).
import { useTranslations } from 'next-intl';
import { Modal } from './modal';

type Shortcut = { keys: string; action: string };

export const SHORTCUTS: Shortcut[] = [
  { keys: 'Ctrl/⌘ + Enter', action: 'confirmNext' },
  { keys: 'Ctrl/⌘ + Shift + Enter', action: 'confirmNextUnconfirmed' },
  { keys: 'Ctrl/⌘ + ↑ / ↓', action: 'prevNext' },
  { keys: 'Ctrl/⌘ + I', action: 'copySourceKey' },
  { keys: 'Ctrl/⌘ + 1 … 3', action: 'insertSuggestion' },
  { keys: 'Ctrl/⌘ + Shift + 1 … 9', action: 'insertTerm' },
  { keys: 'Ctrl/⌘ + K', action: 'concordance' },
  { keys: 'Ctrl/⌘ + B', action: 'bold' },
  { keys: 'Ctrl/⌘ + Alt + I', action: 'italic' },
  { keys: 'Ctrl/⌘ + Z', action: 'undo' },
  { keys: 'Ctrl/⌘ + Shift + Z, Ctrl/⌘ + Y', action: 'redo' },
  { keys: 'Shift + Enter', action: 'lineBreak' },
  { keys: 'Alt + H', action: 'help' },
  { keys: 'Alt + B', action: 'togglePanel' },
  { keys: 'Esc', action: 'closeDialog' },
];

/** The decisions (decision-bar.tsx); Ctrl/⌘+Enter approves only in review mode. */
export const REVIEW_SHORTCUTS: Shortcut[] = [
  { keys: 'Ctrl/⌘ + Enter', action: 'approveNext' },
  { keys: 'Ctrl/⌘ + Alt + Enter', action: 'approveStay' },
  { keys: 'Ctrl/⌘ + Alt + R', action: 'reject' },
  { keys: 'Ctrl/⌘ + Alt + O', action: 'reopen' },
];

/** Comments and issues, for everyone (review-section.tsx, annotation-form.tsx, mention-field.tsx, use-issue-keys.ts). */
export const COMMENT_SHORTCUTS: Shortcut[] = [
  { keys: 'Ctrl/⌘ + Alt + M', action: 'annotate' },
  { keys: '1 … 9, a … d', action: 'annotationCategory' },
  { keys: 'n, m, j, c', action: 'annotationSeverity' },
  { keys: 'Alt + ↓ / ↑', action: 'nextIssue' },
  { keys: '@ · ↑ / ↓ · Enter, Tab · Esc', action: 'mention' },
];

function Group({ id, title, rows }: { id: string; title: string; rows: Shortcut[] }) {
  const t = useTranslations('editor');
  return (
    <table className="shortcuts" aria-labelledby={id} data-testid={`shortcuts-${id}`}>
      <caption id={id}>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('keys')}</th>
          <th scope="col">{t('action')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => (
          <tr key={s.keys}>
            <td>
              <kbd>{s.keys}</kbd>
            </td>
            <td>{t(`shortcut.${s.action}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ShortcutsDialog({
  open,
  onClose,
  role = 'TRANSLATOR',
}: {
  open: boolean;
  onClose: () => void;
  role?: 'OWNER' | 'TRANSLATOR' | 'REVIEWER';
}) {
  const t = useTranslations('editor');
  return (
    <Modal open={open} title={t('shortcutsTitle')} onClose={onClose} testId="shortcuts-dialog">
      <Group id="translate" title={t('shortcutGroup.translate')} rows={SHORTCUTS} />
      {role !== 'TRANSLATOR' && <Group id="review" title={t('shortcutGroup.review')} rows={REVIEW_SHORTCUTS} />}
      <Group id="comments" title={t('shortcutGroup.comments')} rows={COMMENT_SHORTCUTS} />
      <p className="muted">{t('italicNote')}</p>
      {role !== 'TRANSLATOR' && <p className="muted">{t('reviewModeNote')}</p>}
      <button type="button" onClick={onClose}>
        {t('close')}
      </button>
    </Modal>
  );
}
