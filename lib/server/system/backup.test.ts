import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db, disconnect } from '../db/client';
import { listSegments } from '../documents/get-document';
import { updateSegment } from '../segments/update-segment';
import { useTestDatabase } from '../testing/db';
import { seedProject } from '../testing/factories';
import { backupDatabase, restoreDatabase } from './backup';

useTestDatabase();

describe('backup and restore', () => {
  it('round-trips the database: a change made after the backup is gone after the restore', async () => {
    const p = await seedProject();
    const [seg] = (await listSegments(p.users.OWNER, p.documentId, { offset: 0, limit: 5 })).segments;
    const saved = await updateSegment(p.users.TRANSLATOR, seg!.id, { target: '백업 전 번역', version: seg!.version });
    const file = path.join(os.tmpdir(), `wb-backup-${Date.now()}-${Math.random().toString(36).slice(2)}`);
    await backupDatabase(file);

    await updateSegment(p.users.TRANSLATOR, seg!.id, { target: '백업 후 번역', version: saved.version });
    await db.project.create({ data: { name: 'made after the backup' } });
    await disconnect();

    await restoreDatabase(file);
    const restored = await db.segment.findUniqueOrThrow({ where: { id: seg!.id } });
    expect(restored.targetText).toBe('백업 전 번역');
    expect(await db.segmentRevision.count({ where: { segmentId: seg!.id } })).toBe(1);
    expect(await db.project.count({ where: { name: 'made after the backup' } })).toBe(0);
    rmSync(file, { force: true });
  });
});
