'use client';
// The editor's dialogs and popovers: the term popover, the shortcut list, the concordance, replace
// in targets, and a conflict to merge.
import type { ReactNode } from 'react';
import { ConflictDialog } from './conflict-dialog';
import type { EditorStore } from './editor-store';
import { ReplaceDialog } from './replace-dialog';
import { ShortcutsDialog } from './shortcuts-dialog';
import { TermPopover } from './term-popover';
import type { EditorTerm } from './types';
import type { Activate } from './use-activate';

export function ShellDialogs(p: {
  store: EditorStore;
  documentId: string;
  terms: EditorTerm[];
  role: 'OWNER' | 'TRANSLATOR' | 'REVIEWER';
  helpOpen: boolean;
  onHelpClose: () => void;
  replaceOpen: boolean;
  onReplaceClose: () => void;
  concordance: ReactNode;
  activate: Activate;
}) {
  const conflictId = p.store.conflicts()[0];
  return (
    <>
      <TermPopover terms={p.terms} />
      <ShortcutsDialog open={p.helpOpen} onClose={p.onHelpClose} role={p.role} />
      {p.concordance}
      <ReplaceDialog
        documentId={p.documentId}
        open={p.replaceOpen}
        onClose={p.onReplaceClose}
        onApplied={(segs) => p.store.applySaved(segs)}
      />
      {conflictId && <ConflictDialog key={conflictId} store={p.store} id={conflictId} onMerged={(id) => p.activate(id)} />}
    </>
  );
}
