// Where a workbench path is: its project or document and the section, for the sidebar, the
// breadcrumbs and the command palette's context. Pure (the shell reads usePathname()).

export type Section = 'projects' | 'project' | 'dashboard' | 'glossary' | 'editor' | 'quality' | 'publish' | 'align' | 'account' | 'other';

export interface RouteContext {
  projectId?: string;
  documentId?: string;
  section: Section;
}

const PROJECT_SUB: Record<string, Section> = { dashboard: 'dashboard', glossary: 'glossary' };
const DOCUMENT_SUB: Record<string, Section> = { quality: 'quality', publish: 'publish', align: 'align' };

export function routeContext(pathname: string): RouteContext {
  const parts = pathname.split(/[?#]/)[0]!.split('/').filter(Boolean).map(safeDecode);
  const [head, id, sub] = parts;
  if (head === 'projects') {
    if (!id) return { section: 'projects' };
    return { projectId: id, section: sub ? (PROJECT_SUB[sub] ?? 'other') : 'project' };
  }
  if (head === 'documents' && id) return { documentId: id, section: sub ? (DOCUMENT_SUB[sub] ?? 'other') : 'editor' };
  if (head === 'account') return { section: 'account' };
  return { section: 'other' };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
