'use client';
// The active segment's target before TipTap has mounted: a plain-text editable element in the same
// box as the TipTap editor (same classes, role, label and test id), focused by a script that runs
// as soon as the element is parsed (it carries the page's CSP nonce). The script also keeps the
// element plain: paste inserts text only, Enter does nothing and Shift+Enter inserts a line break
// (as in the segment editor), and it marks a composition in progress (data-composing) so the
// hand-over waits for it (handover.ts). React leaves the element's content alone
// (dangerouslySetInnerHTML is not hydrated), so what is typed before hydration stays.
import { useTranslations } from 'next-intl';
import { escapeMarkup } from '@/lib/text/markup';
import { countEojeol } from '@/lib/text/paragraphs';
import { SIDE_PANEL_KEY } from './side-panel-toggle';

export const PLAIN_EDITOR_ID = 'wb-first-editor';

const SCRIPT = `(function () {
  var e = document.getElementById('${PLAIN_EDITOR_ID}');
  if (!e) return;
  try {
    if (localStorage.getItem('${SIDE_PANEL_KEY}') === 'closed') e.closest('.editor-body').classList.add('panel-closed');
  } catch (x) {}
  e.addEventListener('compositionstart', function () { e.setAttribute('data-composing', '1'); });
  e.addEventListener('compositionend', function () { e.removeAttribute('data-composing'); });
  e.addEventListener('paste', function (v) {
    v.preventDefault();
    document.execCommand('insertText', false, (v.clipboardData && v.clipboardData.getData('text/plain')) || '');
  });
  e.addEventListener('drop', function (v) { v.preventDefault(); });
  e.addEventListener('keydown', function (v) {
    if (v.key !== 'Enter' || v.isComposing) return;
    v.preventDefault();
    if (v.shiftKey && !v.ctrlKey && !v.metaKey && !v.altKey) document.execCommand('insertText', false, '\\n');
  });
  e.focus();
  var r = document.createRange();
  r.selectNodeContents(e);
  r.collapse(false);
  var s = getSelection();
  s.removeAllRanges();
  s.addRange(r);
})();`;

export function PlainEditor({ id, text, label, nonce }: { id: string; text: string; label: string; nonce?: string }) {
  const t = useTranslations('editor');
  return (
    <div className="active-editor">
      <div>
        <div
          id={PLAIN_EDITOR_ID}
          className="seg-editor seg-editor-plain"
          contentEditable="plaintext-only"
          suppressContentEditableWarning
          suppressHydrationWarning
          lang="ko"
          role="textbox"
          aria-multiline="true"
          aria-label={label}
          data-testid="segment-editor"
          data-segment-id={id}
          data-text={text}
          dangerouslySetInnerHTML={{ __html: escapeMarkup(text) }}
        />
        <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: SCRIPT }} />
      </div>
      <div className="active-tools">
        <button type="button" className="secondary small" disabled>
          {t('copySource')}
        </button>
        <span className="muted">{t('eojeolCount', { count: countEojeol(text) })}</span>
      </div>
    </div>
  );
}
