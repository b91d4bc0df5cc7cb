'use client';
// The editor before its JavaScript has run: the page's first screen of rows, server-rendered in the
// editor's own layout (toolbar place, list header, rows, side panel place), with the active row's
// target as a plain editable element (plain-editor.tsx) that a nonce script focuses as soon as it is
// parsed. When the store opens (use-editor-loader.ts) the real editor replaces all of this and
// adopts what was typed (handover.ts).
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { RichText } from '@/app/_components/rich-text';
import type { EditorFirstScreen } from '@/lib/editor/compact-segment';
import { docToText } from '@/lib/editor/doc';
import { EditorStore } from './editor-store';
import { FirstScreenBulk, FirstScreenToolbar } from './first-screen-bars';
import { expandAll } from './open-store';
import { PlainEditor } from './plain-editor';
import { RowMeta } from './row-meta';
import { RowNumber } from './row-number';
import { newEntry } from './segment-entry';
import { SegHeader } from './seg-header';
import { RowSelection } from './selection';
import type { SegmentDto } from './types';

const noop = () => {};

function FirstRow({ s, editor, selection }: { s: SegmentDto; editor?: ReactNode; selection?: RowSelection }) {
  const t = useTranslations('editor');
  const entry = newEntry(s);
  const n = s.position + 1;
  return (
    <div
      className={`seg-row${editor ? ' active' : ''}`}
      data-segment-id={s.id}
      data-number={n}
      data-state={s.state}
      role="listitem"
      aria-current={editor ? 'true' : undefined}
    >
      <RowNumber id={s.id} n={n} onActivate={noop} selection={selection} />
      <div className="seg-source" lang="en" data-side="source">
        <RichText doc={s.source} />
      </div>
      <div className="seg-target" lang="ko" data-side="target">
        {editor ?? (s.target && s.targetText ? <RichText doc={s.target} /> : <span className="muted placeholder">{t('emptyTarget')}</span>)}
      </div>
      <RowMeta entry={entry} targetText={s.targetText} />
    </div>
  );
}

interface Props {
  documentId: string;
  firstScreen: EditorFirstScreen;
  /** Reviewers and owners get review mode, the bulk review bar and a checkbox per row. */
  bulk: boolean;
  /** Owners and translators get the pre-translate button. */
  pretranslate: boolean;
  nonce?: string;
}

export function FirstScreen({ documentId, firstScreen, bulk, pretranslate, nonce }: Props) {
  const t = useTranslations('editor');
  const rows = expandAll(documentId, firstScreen.segments);
  const active = rows.find((s) => s.id === firstScreen.activeId);
  const selection = bulk ? new RowSelection() : undefined;
  const store = new EditorStore(documentId, rows);
  return (
    <div className="editor-shell first-screen" aria-busy="true">
      <FirstScreenToolbar store={store} review={bulk} pretranslate={pretranslate} />
      {bulk && <FirstScreenBulk shown={rows.length} />}
      <div className="editor-body">
        <div className="seg-list-wrap">
          <SegHeader />
          <div className="seg-scroll" data-testid="segment-scroll">
            <div role="list" aria-label={t('segments')}>
              {rows.map((s) => (
                <FirstRow
                  key={s.id}
                  s={s}
                  selection={selection}
                  editor={
                    s === active ? (
                      <PlainEditor
                        documentId={documentId}
                        id={s.id}
                        version={s.version}
                        text={s.target ? docToText(s.target) : ''}
                        label={t('targetEditor', { n: s.position + 1 })}
                        nonce={nonce}
                      />
                    ) : undefined
                  }
                />
              ))}
            </div>
          </div>
        </div>
        <div className="first-screen-panel" />
      </div>
    </div>
  );
}
