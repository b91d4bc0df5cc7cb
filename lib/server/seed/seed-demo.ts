import 'server-only';
// Seeds the demo project on an empty database: three accounts (owner, translator, reviewer) and
// an English article to translate. Does nothing when any account exists, so it never touches real data.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { textToDoc } from '../../editor/doc';
import { createUser } from '../auth/create-user';
import { db } from '../db/client';
import { createDocument } from '../documents/create-document';
import { addMember } from '../projects/manage-members';
import { createProject } from '../projects/create-project';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../system/demo';

export interface DemoSeedResult {
  seeded: boolean;
  accounts: { email: string; password: string; role: string }[];
  projectId?: string;
  documentId?: string;
}

export async function seedDemo(root = process.cwd()): Promise<DemoSeedResult> {
  const accounts = DEMO_ACCOUNTS.map((a) => ({ email: a.email, password: DEMO_PASSWORD, role: a.role }));
  if ((await db.user.count()) > 0) return { seeded: false, accounts };

  const [owner, translator, reviewer] = await Promise.all(
    DEMO_ACCOUNTS.map((a) => createUser({ email: a.email, password: DEMO_PASSWORD, name: a.name })),
  );
  const project = await createProject(owner!, { name: 'Korean Peninsula Today (demo)', sourceLang: 'en', targetLang: 'ko' });
  await addMember(owner!, project.id, { email: translator!.email, role: 'TRANSLATOR' });
  await addMember(owner!, project.id, { email: reviewer!.email, role: 'REVIEWER' });

  const article = readFileSync(path.join(root, 'prisma/seed/demo-article.en.txt'), 'utf8');
  const doc = await createDocument(owner!, project.id, { title: 'Seoul and Pyongyang Test the Waters', content: article, format: 'text' });

  // The two title lines arrive translated, so the demo shows more than one state.
  const titles: string[] = JSON.parse(readFileSync(path.join(root, 'prisma/seed/demo-article.ko-titles.json'), 'utf8'));
  const first = await db.segment.findMany({ where: { documentId: doc.id }, orderBy: { position: 'asc' }, take: titles.length });
  for (const [i, seg] of first.entries()) {
    const target = JSON.stringify(textToDoc(titles[i]!));
    await db.$transaction([
      db.segment.update({
        where: { id: seg.id },
        data: { target, targetText: titles[i]!, state: 'TRANSLATED', origin: 'HUMAN', version: 2, updatedById: translator!.id },
      }),
      db.segmentRevision.create({
        data: {
          segmentId: seg.id,
          version: 2,
          target,
          targetText: titles[i]!,
          state: 'TRANSLATED',
          origin: 'HUMAN',
          action: 'confirm',
          userId: translator!.id,
        },
      }),
    ]);
  }
  return { seeded: true, accounts, projectId: project.id, documentId: doc.id };
}
