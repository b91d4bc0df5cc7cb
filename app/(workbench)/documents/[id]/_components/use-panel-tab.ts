'use client';
// Which tab of the side panel is open. It stays as chosen from segment to segment; a review
// highlight or a reader note picked in the text brings the comments tab forward.
import { useEffect, useState } from 'react';
import { usePickedNote, useRowOverlay, type RowOverlays } from './row-overlays';

export type PanelTab = 'suggestions' | 'glossary' | 'history' | 'qa' | 'comments';

export function usePanelTab(overlays: RowOverlays, activeId: string): [PanelTab, (tab: PanelTab) => void] {
  const [tab, setTab] = useState<PanelTab>('suggestions');
  const picked = useRowOverlay(overlays, activeId).activeAnnotation;
  const note = usePickedNote(overlays);
  // Picks are events from outside React (the rows): follow them.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => void (picked && setTab('comments')), [picked]);
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => void (note && setTab('comments')), [note]);
  return [tab, setTab];
}
