import { describe, expect, it } from 'vitest';
import { routeContext } from './route-context';

describe('routeContext', () => {
  it('reads projects and their sections', () => {
    expect(routeContext('/projects')).toEqual({ section: 'projects' });
    expect(routeContext('/projects/p1')).toEqual({ projectId: 'p1', section: 'project' });
    expect(routeContext('/projects/p1/dashboard')).toEqual({ projectId: 'p1', section: 'dashboard' });
    expect(routeContext('/projects/p1/glossary?q=x')).toEqual({ projectId: 'p1', section: 'glossary' });
    expect(routeContext('/projects/p1/unknown')).toEqual({ projectId: 'p1', section: 'other' });
  });
  it('reads documents and their sections', () => {
    expect(routeContext('/documents/d1')).toEqual({ documentId: 'd1', section: 'editor' });
    expect(routeContext('/documents/d1/quality')).toEqual({ documentId: 'd1', section: 'quality' });
    expect(routeContext('/documents/d1/publish')).toEqual({ documentId: 'd1', section: 'publish' });
    expect(routeContext('/documents/d1/align#x')).toEqual({ documentId: 'd1', section: 'align' });
  });
  it('knows the account and nothing else', () => {
    expect(routeContext('/account')).toEqual({ section: 'account' });
    expect(routeContext('/')).toEqual({ section: 'other' });
    expect(routeContext('/documents')).toEqual({ section: 'other' });
    expect(routeContext('/projects/%E0%A4%A')).toEqual({ projectId: '%E0%A4%A', section: 'project' });
  });
});
