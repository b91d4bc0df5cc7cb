// Policy rows for the project word list (spelling check): members read, owners change.
import * as wordsRoute from '../projects/[id]/words/route';
import type { PolicyRow } from './types';

export const WORDS_ROWS: Record<string, PolicyRow> = {
  listWords: {
    expected: [401, 404, 200, 200, 200],
    handler: wordsRoute.GET,
    prepare: async (p) => ({ path: `/api/v1/projects/${p.projectId}/words`, params: { id: p.projectId } }),
  },
  addWords: {
    expected: [401, 404, 403, 403, 200],
    handler: wordsRoute.POST,
    prepare: async (p) => ({ path: `/api/v1/projects/${p.projectId}/words`, params: { id: p.projectId }, body: { words: ['돈의동'] } }),
  },
  deleteWord: {
    expected: [401, 404, 403, 403, 200],
    handler: wordsRoute.DELETE,
    prepare: async (p) => ({ path: `/api/v1/projects/${p.projectId}/words`, params: { id: p.projectId }, query: { word: '돈의동' } }),
  },
};
