// The command palette (Ctrl+K) and the sidebar's navigation data.
import { endpoint } from '../endpoint';
import { ZPaletteQuery } from '../palette.types';

export const PALETTE_ENDPOINTS = {
  searchPalette: endpoint({
    id: 'searchPalette',
    method: 'GET',
    path: '/api/v1/search/palette',
    summary:
      "The command palette: projects, documents, glossary terms and people matching ?q= in the caller's projects only, a segment number ('#12') in the current document (?document=; a query starting with # searches nothing else), the actions the caller's role allows there, and the current project's documents for the sidebar (?project= or ?document=; a project the caller is not a member of is ignored)",
    auth: 'user',
    query: ZPaletteQuery,
    tag: 'search',
  }),
};
