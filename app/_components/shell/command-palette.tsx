'use client';
// The command palette (Ctrl+K or ⌘K anywhere in the workbench, or the header's search button): jump to a
// project, document, "#12" segment of the current document, glossary term or person, or run an
// action on the current document. cmdk gives the combobox/listbox semantics, Radix the dialog.
// Actions the palette cannot do itself are dispatched to the page as cancelable window events
// (the page calls preventDefault() when it handled one); unhandled, the palette navigates:
//   wb:goto-segment {documentId, number}  → /documents/<id>?s=<number> (a reload if already there)
//   wb:command {command: 'pretranslate' | 'approve-filtered', documentId} → /documents/<id>?command=<command>
import { Command } from 'cmdk';
import { useTranslations } from 'next-intl';
import { Dialog as D } from 'radix-ui';
import { Search } from 'lucide-react';
import { useMemo, useState } from 'react';
import { PaletteIcon } from './palette-icon';
import { paletteItems, type PaletteGroup } from './palette-items';
import { useShell } from './shell-context';
import { usePaletteRun } from './use-palette-run';
import { usePaletteSearch } from './use-palette-search';

const GROUPS: PaletteGroup[] = ['go', 'actions', 'projects', 'documents', 'terms', 'people'];
const GROUP_KEY = {
  go: 'groupGo',
  actions: 'groupActions',
  projects: 'groupProjects',
  documents: 'groupDocuments',
  terms: 'groupTerms',
  people: 'groupPeople',
} as const;

export function CommandPalette() {
  const t = useTranslations('palette');
  const { paletteOpen, setPaletteOpen, route, focusBeforePalette } = useShell();
  const [query, setQuery] = useState('');
  const [picked, setSelected] = useState('');

  const { data, loading } = usePaletteSearch(paletteOpen, query, route);
  const run = usePaletteRun();

  const items = useMemo(() => paletteItems(query, data, (k, v) => t(k as 'segment', v)), [query, data, t]);
  // The entry the arrows chose while it is listed, else the first one, so Enter opens the best match.
  const selected = items.some((i) => i.key === picked) ? picked : (items[0]?.key ?? '');

  const outOfRange = data?.context.document && /^#\s*\d+$/.test(query.trim()) && !data.segment;
  return (
    <D.Root
      open={paletteOpen}
      onOpenChange={(o) => {
        setPaletteOpen(o);
        if (!o) setQuery('');
      }}
    >
      <D.Portal>
        <D.Overlay className="ui-overlay" />
        <D.Content
          className="palette"
          aria-describedby="palette-hint"
          onCloseAutoFocus={(e) => {
            // Opened by a shortcut there is no trigger: give the focus back to where it was.
            e.preventDefault();
            if (focusBeforePalette.current?.isConnected) focusBeforePalette.current.focus();
          }}
        >
          <D.Title className="sr-only">{t('title')}</D.Title>
          <Command label={t('title')} shouldFilter={false} value={selected} onValueChange={setSelected} loop>
            <div className="palette-input">
              <Search size={16} aria-hidden="true" />
              <Command.Input
                value={query}
                onValueChange={(v) => {
                  setQuery(v);
                  setSelected('');
                }}
                placeholder={t('placeholder')}
                aria-label={t('inputLabel')}
              />
              <kbd>Esc</kbd>
            </div>
            <Command.List className="palette-list">
              {loading && items.length === 0 && <Command.Loading>{t('loading')}</Command.Loading>}
              {!loading && items.length === 0 && (
                <Command.Empty>
                  {outOfRange ? t('segmentOutOfRange', { count: data!.context.document!.segmentCount }) : t('empty')}
                </Command.Empty>
              )}
              {GROUPS.map((g) => {
                const inGroup = items.filter((i) => i.group === g);
                if (inGroup.length === 0) return null;
                return (
                  <Command.Group key={g} heading={t(GROUP_KEY[g])}>
                    {inGroup.map((i) => (
                      <Command.Item key={i.key} value={i.key} onSelect={() => run(i.run)} className="palette-item">
                        <PaletteIcon name={i.icon} />
                        <span className="palette-label" lang={i.lang}>
                          {i.label}
                        </span>
                        {i.hint && <span className="palette-hint">{i.hint}</span>}
                      </Command.Item>
                    ))}
                  </Command.Group>
                );
              })}
            </Command.List>
            <p id="palette-hint" className="palette-foot">
              {t('hint')}
            </p>
          </Command>
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}
