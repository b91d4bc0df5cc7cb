// Shared by the publish specs: the fixture article (e2e/fixtures) and its Korean translation
// (lib/qa/fixtures), the demo project, and approving segments through the API as the owner.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type APIRequestContext } from '@playwright/test';

const root = path.join(__dirname, '../..');
const paragraphs = (file: string) =>
  readFileSync(path.join(root, file), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\u00a0/g, ' ').trim())
    .filter(Boolean);

export const FIXTURE_EN_TEXT = readFileSync(path.join(root, 'e2e/fixtures/korean-peninsula-a-to-z.en.txt'), 'utf8');
export const FIXTURE_KO = paragraphs('lib/qa/fixtures/korean-peninsula-a-to-z.ko.txt');

export async function demoProjectId(request: APIRequestContext): Promise<string> {
  const projects = (await (await request.get('/api/v1/projects')).json()).projects as { id: string; name: string }[];
  return projects.find((p) => p.name === 'Korean Peninsula Today (demo)')!.id;
}

export interface Seg {
  id: string;
  position: number;
  version: number;
  sourceText: string;
}

export async function segmentsOf(request: APIRequestContext, documentId: string): Promise<Seg[]> {
  return (await (await request.get(`/api/v1/documents/${documentId}/segments`)).json()).segments as Seg[];
}

/** The owner approves each segment `target(i)` gives a text for (QA overridden: the fixture is a clean translation). */
export async function approve(request: APIRequestContext, documentId: string, target: (i: number) => string | null) {
  for (const s of await segmentsOf(request, documentId)) {
    const text = target(s.position);
    if (text === null) continue;
    const r = await request.patch(`/api/v1/segments/${s.id}`, {
      data: { target: text, state: 'APPROVED', version: s.version, qaOverrideReason: 'reference translation' },
    });
    expect(r.status(), await r.text()).toBe(200);
  }
}
