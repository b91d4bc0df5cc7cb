import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '../db/client';
import { seedProject, seedUser } from '../testing/factories';
import { useTestDatabase } from '../testing/db';
import { createDocument } from './create-document';
import { listSegments } from './get-document';

useTestDatabase();

const fixture = readFileSync(path.join(process.cwd(), 'e2e/fixtures/korean-peninsula-a-to-z.en.txt'), 'utf8');

describe('createDocument', () => {
  it('stores the fixture as 21 paragraph segments, exactly as written, trimmed at the ends', async () => {
    const p = await seedProject();
    const doc = await createDocument(p.users.OWNER, p.projectId, { title: 'A to Z', content: fixture, format: 'text' });
    expect(doc.segmentCount).toBe(21);
    expect(doc.progress.EMPTY).toBe(21);
    const { segments } = await listSegments(p.users.TRANSLATOR, doc.id, { offset: 0, limit: 100 });
    expect(segments.map((s) => s.position)).toEqual([...Array(21).keys()]);
    expect(segments.some((s) => /[\s\u00a0]$/.test(s.sourceText))).toBe(false);
    expect(segments[6]!.sourceText).toContain('Kwon Jong-gun(권정근)');
    expect(segments[4]!.sourceText).toContain('we’ll');
  });

  it('refuses non-owners and non-members, and stores nothing for an empty document', async () => {
    const p = await seedProject();
    const before = await db.document.count();
    await expect(createDocument(p.users.TRANSLATOR, p.projectId, { title: 'x', content: 'a', format: 'text' })).rejects.toMatchObject({
      status: 403,
    });
    const stranger = await seedUser('stranger');
    await expect(createDocument(stranger, p.projectId, { title: 'x', content: 'a', format: 'text' })).rejects.toMatchObject({
      status: 404,
    });
    await expect(createDocument(p.users.OWNER, p.projectId, { title: 'x', content: ' \n\n ', format: 'text' })).rejects.toMatchObject({
      status: 400,
    });
    expect(await db.document.count()).toBe(before);
  });
});
