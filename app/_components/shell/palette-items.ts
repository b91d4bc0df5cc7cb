// The command palette's entries: fixed "go to" pages and actions (filtered here by the same matcher
// the server uses) and the server's results (GET /api/v1/search/palette), in display order.
import { matchScore, parseSegmentJump } from '@/lib/ui/palette-match';
import type { NavData } from './shell-context';

export type PaletteGroup = 'go' | 'actions' | 'projects' | 'documents' | 'terms' | 'people';
export type PaletteRun =
  | { kind: 'href'; href: string }
  | { kind: 'segment'; documentId: string; number: number }
  | { kind: 'command'; command: 'pretranslate' | 'approve-filtered'; documentId: string };

export interface PaletteItem {
  key: string;
  group: PaletteGroup;
  label: string;
  hint?: string;
  lang?: string;
  icon: string;
  run: PaletteRun;
}

type T = (key: string, values?: Record<string, string | number>) => string;

/** Everything the palette lists for `query`, given the server's answer for it (or null while loading). */
export function paletteItems(query: string, data: NavData | null, t: T): PaletteItem[] {
  const items: PaletteItem[] = [];
  const project = data?.context.project ?? null;
  const document = data?.context.document ?? null;
  const jump = parseSegmentJump(query);
  if (data?.segment) {
    const s = data.segment;
    items.push({
      key: `segment-${s.number}`,
      group: 'go',
      label: t('segment', { number: s.number }),
      icon: 'hash',
      run: { kind: 'segment', documentId: s.documentId, number: s.number },
    });
  }
  if (jump !== null) return items;

  const fixed: PaletteItem[] = [
    { key: 'go-projects', group: 'go', label: t('projects'), icon: 'projects', run: { kind: 'href', href: '/projects' } },
  ];
  if (project) {
    const base = `/projects/${project.id}`;
    fixed.push(
      {
        key: 'go-dashboard',
        group: 'go',
        label: t('dashboard'),
        hint: project.name,
        icon: 'dashboard',
        run: { kind: 'href', href: `${base}/dashboard` },
      },
      {
        key: 'go-glossary',
        group: 'go',
        label: t('glossary'),
        hint: project.name,
        icon: 'glossary',
        run: { kind: 'href', href: `${base}/glossary` },
      },
      {
        key: 'go-memory',
        group: 'go',
        label: t('memory'),
        hint: project.name,
        icon: 'memory',
        run: { kind: 'href', href: `${base}?tab=memory` },
      },
      {
        key: 'go-people',
        group: 'go',
        label: t('people'),
        hint: project.name,
        icon: 'people',
        run: { kind: 'href', href: `${base}?tab=members` },
      },
    );
    if (project.role === 'OWNER')
      fixed.push({
        key: 'go-settings',
        group: 'go',
        label: t('settings'),
        hint: project.name,
        icon: 'settings',
        run: { kind: 'href', href: `${base}?tab=settings` },
      });
  }
  fixed.push({ key: 'go-account', group: 'go', label: t('account'), icon: 'account', run: { kind: 'href', href: '/account' } });
  if (document) {
    for (const a of data?.actions ?? []) {
      if (a === 'dashboard') continue;
      const run: PaletteRun =
        a === 'pretranslate' || a === 'approve-filtered'
          ? { kind: 'command', command: a, documentId: document.id }
          : { kind: 'href', href: `/documents/${document.id}/${a}` };
      fixed.push({ key: `action-${a}`, group: 'actions', label: t(a), hint: document.title, icon: a, run });
    }
  }
  items.push(...fixed.filter((i) => matchScore(i.label, query) > 0));
  if (!data) return items;
  for (const p of data.projects)
    items.push({
      key: `project-${p.id}`,
      group: 'projects',
      label: p.name,
      icon: 'projects',
      run: { kind: 'href', href: `/projects/${p.id}` },
    });
  for (const d of data.documents)
    items.push({
      key: `document-${d.id}`,
      group: 'documents',
      label: d.title,
      lang: d.sourceLang,
      hint: t('inProject', { project: d.projectName }),
      icon: 'document',
      run: { kind: 'href', href: `/documents/${d.id}` },
    });
  for (const x of data.terms)
    items.push({
      key: `term-${x.id}`,
      group: 'terms',
      label: `${x.source} → ${x.target}`,
      icon: 'glossary',
      run: { kind: 'href', href: `/projects/${x.projectId}/glossary?q=${encodeURIComponent(x.source)}` },
    });
  for (const p of data.people)
    items.push({
      key: `person-${p.id}`,
      group: 'people',
      label: p.name,
      hint: `${p.email} · ${p.projectName}`,
      icon: 'people',
      run: { kind: 'href', href: `/projects/${p.projectId}?tab=members` },
    });
  return items;
}
