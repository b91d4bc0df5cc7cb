import 'server-only';

export interface TTerm {
  id: string;
  projectId: string;
  source: string;
  target: string;
  kind: 'NAME' | 'TERM' | 'DO_NOT_TRANSLATE';
  status: 'PROPOSED' | 'CONFIRMED';
  note: string;
  caseSensitive: boolean;
  updatedAt: string;
}

export function presentTerm(t: {
  id: string; projectId: string; source: string; target: string; kind: TTerm['kind']; status: TTerm['status']; note: string; caseSensitive: boolean; updatedAt: Date;
}): TTerm {
  return {
    id: t.id, projectId: t.projectId, source: t.source, target: t.target, kind: t.kind, status: t.status,
    note: t.note, caseSensitive: t.caseSensitive, updatedAt: t.updatedAt.toISOString(),
  };
}
