// Seed factories shared by service tests, API tests, the e2e fixtures and prisma/seed.
import type { Role } from '../../workflow/segment-states';
import { createApiToken } from '../auth/api-tokens';
import type { Actor } from '../auth/authenticate';
import { createUser } from '../auth/create-user';
import { createDocument } from '../documents/create-document';
import { addMember } from '../projects/manage-members';
import { createProject } from '../projects/create-project';

let counter = 0;
export const TEST_PASSWORD = 'test-pass-2026';

export async function seedUser(name = 'user'): Promise<Actor & { token: string }> {
  counter += 1;
  const user = await createUser({ email: `${name}-${counter}-${Date.now()}@example.test`, password: TEST_PASSWORD, name });
  const { token } = await createApiToken(user, 'tests');
  return { ...user, token };
}

export interface SeededProject {
  projectId: string;
  documentId: string;
  users: Record<Role | 'OUTSIDER', Actor & { token: string }>;
}

export async function seedProject(content = 'First paragraph.\n\nSecond paragraph.\n\nThird paragraph.'): Promise<SeededProject> {
  const owner = await seedUser('owner');
  const translator = await seedUser('translator');
  const reviewer = await seedUser('reviewer');
  const outsider = await seedUser('outsider');
  const project = await createProject(owner, { name: 'Test project', sourceLang: 'en', targetLang: 'ko' });
  await addMember(owner, project.id, { email: translator.email, role: 'TRANSLATOR' });
  await addMember(owner, project.id, { email: reviewer.email, role: 'REVIEWER' });
  const doc = await createDocument(owner, project.id, { title: 'Test document', content, format: 'text' });
  return {
    projectId: project.id,
    documentId: doc.id,
    users: { OWNER: owner, TRANSLATOR: translator, REVIEWER: reviewer, OUTSIDER: outsider },
  };
}
