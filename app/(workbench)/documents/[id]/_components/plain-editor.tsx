'use client';
// The active segment's target before TipTap has mounted: a plain-text editable element in the same
// box as the TipTap editor (same classes, role, label and test id), focused by a script that runs
// as soon as the element is parsed (it carries the page's CSP nonce). The script also keeps the
// element plain: paste inserts text only, Enter does nothing and Shift+Enter inserts a line break
// (as in the segment editor), and it marks a composition in progress (data-composing) so the
// hand-over waits for it (handover.ts). React leaves the element's content alone
// (dangerouslySetInnerHTML is not hydrated), so what is typed before hydration stays.
// What is typed is also kept where the editor keeps unsaved edits (save-queue.ts: localStorage,
// `wb:unsaved:<segment>`, marked `plain`: text only), so that it survives the scripts never loading
// (a connection lost right after the page came) and is saved at the next load (EditorStore.restore);
// an unsaved edit of this segment on the same version is shown in the element as the page opens.
import { useTranslations } from 'next-intl';
import { escapeMarkup } from '@/lib/text/markup';
import { countEojeol } from '@/lib/text/paragraphs';
import { UNSAVED_PREFIX } from './save-queue';
import { SIDE_PANEL_KEY } from './side-panel-toggle';

export const PLAIN_EDITOR_ID = 'wb-first-editor';

export const PLAIN_EDITOR_SCRIPT = `(function () {
  var e = document.getElementById('${PLAIN_EDITOR_ID}');
  if (!e) return;
  try {
    if (localStorage.getItem('${SIDE_PANEL_KEY}') === 'closed') e.closest('.editor-body').classList.add('panel-closed');
  } catch (x) {}
  var key = '${UNSAVED_PREFIX}' + e.getAttribute('data-segment-id');
  var version = Number(e.getAttribute('data-version'));
  var doc = e.getAttribute('data-document-id');
  try {
    var kept = JSON.parse(localStorage.getItem(key) || 'null');
    if (kept && kept.documentId === doc && kept.baseVersion === version && typeof kept.text === 'string') {
      e.textContent = kept.text;
      e.setAttribute('data-restored', '');
    }
  } catch (x) {}
  e.addEventListener('input', function () {
    var text = e.innerText;
    if (e.lastChild && e.lastChild.nodeName === 'BR' && text.slice(-1) === '\\n') text = text.slice(0, -1);
    try {
      localStorage.setItem(key, JSON.stringify({ documentId: doc, segmentId: e.getAttribute('data-segment-id'), text: text, baseVersion: version, at: Date.now(), plain: true }));
    } catch (x) {}
  });
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

interface Props {
  documentId: string;
  id: string;
  /** The segment's version on the server: an unsaved edit is shown and kept against it. */
  version: number;
  text: string;
  label: string;
  nonce?: string;
}

export function PlainEditor({ documentId, id, version, text, label, nonce }: Props) {
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
          data-document-id={documentId}
          data-version={version}
          data-text={text}
          dangerouslySetInnerHTML={{ __html: escapeMarkup(text) }}
        />
        <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: PLAIN_EDITOR_SCRIPT }} />
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
