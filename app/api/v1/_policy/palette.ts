// Policy row for the command palette: any signed-in user (a non-member just finds nothing of the project).
import * as paletteRoute from '../search/palette/route';
import type { PolicyRow } from './types';

export const PALETTE_ROWS: Record<string, PolicyRow> = {
  searchPalette: {
    expected: [401, 200, 200, 200, 200],
    handler: paletteRoute.GET,
    prepare: async (p) => ({ path: `/api/v1/search/palette?q=test&document=${p.documentId}` }),
  },
};
