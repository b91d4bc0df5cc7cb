'use client';
// Alt+H: every shortcut of the editor, in one accessible dialog.
import { useTranslations } from 'next-intl';
import { Modal } from './modal';

export const SHORTCUTS: { keys: string; action: string }[] = [
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
  { keys: 'Esc', action: 'closeDialog' },
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useTranslations('editor');
  return (
    <Modal open={open} title={t('shortcutsTitle')} onClose={onClose} testId="shortcuts-dialog">
      <table className="shortcuts">
        <thead><tr><th scope="col">{t('keys')}</th><th scope="col">{t('action')}</th></tr></thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}><td><kbd>{s.keys}</kbd></td><td>{t(`shortcut.${s.action}`)}</td></tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('italicNote')}</p>
      <button type="button" onClick={onClose}>{t('close')}</button>
    </Modal>
  );
}
