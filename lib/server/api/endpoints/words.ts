// The project's word list for the spelling check: members read it, owners change it (as the glossary).
import { endpoint } from '../endpoint';
import { ZAddWordsRequest, ZDeleteWordQuery } from '../words.types';

export const WORDS_ENDPOINTS = {
  listWords: endpoint({
    id: 'listWords',
    method: 'GET',
    path: '/api/v1/projects/{id}/words',
    summary: "The project's own word list (words the Korean spelling check accepts)",
    auth: 'user',
    tag: 'glossary',
  }),
  addWords: endpoint({
    id: 'addWords',
    method: 'POST',
    path: '/api/v1/projects/{id}/words',
    summary: 'Add words to the word list (owner); words already there are kept',
    auth: 'user',
    body: ZAddWordsRequest,
    tag: 'glossary',
  }),
  deleteWord: endpoint({
    id: 'deleteWord',
    method: 'DELETE',
    path: '/api/v1/projects/{id}/words',
    summary: 'Remove a word from the word list (owner): ?word=',
    auth: 'user',
    query: ZDeleteWordQuery,
    tag: 'glossary',
  }),
} as const;
