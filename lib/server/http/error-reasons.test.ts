// Errors keep their shape { error: { code, message } } and add a stable `reason` (with `params`)
// the client translates (issue #17 item 7): sign-in, import, validation, permission, conflict.
import { describe, expect, it } from 'vitest';
import * as sessionRoute from '@/app/api/v1/auth/session/route';
import * as documentsRoute from '@/app/api/v1/projects/[id]/documents/route';
import * as membersRoute from '@/app/api/v1/projects/[id]/members/route';
import { AppError } from '../errors';
import { useTestDatabase } from '../testing/db';
import { seedProject } from '../testing/factories';
import { call } from '../testing/request';
import { errorResponse } from './respond';

useTestDatabase();

describe('error reasons', () => {
  it('sends reason and params beside code and message, details kept', async () => {
    const res = errorResponse(new AppError('conflict', 'Busy.', { jobId: 'j1' }).because('pretranslate_running', { n: 2 }));
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: { code: 'conflict', message: 'Busy.', reason: 'pretranslate_running', params: { n: 2 }, jobId: 'j1' },
    });
    const plain = errorResponse(new AppError('conflict', 'Plain.'));
    expect(await plain.json()).toEqual({ error: { code: 'conflict', message: 'Plain.' } });
  });

  it('names a wrong password and a malformed body', async () => {
    const p = await seedProject('One paragraph.');
    const bad = await call(sessionRoute.POST, 'POST', '/api/v1/auth/session', {
      body: { email: p.users.OWNER.email, password: 'not-the-password' },
    });
    expect(bad.status).toBe(401);
    expect(bad.json.error).toMatchObject({
      code: 'unauthenticated',
      reason: 'wrong_credentials',
      message: 'The email or password is not correct.',
    });
    const invalid = await call(sessionRoute.POST, 'POST', '/api/v1/auth/session', { body: { email: 5 } });
    expect(invalid.status).toBe(400);
    expect(invalid.json.error).toMatchObject({ code: 'validation_failed', reason: 'invalid_field', params: { field: expect.any(String) } });
  });

  it('names an empty upload, an unknown account and a refused role', async () => {
    const p = await seedProject('One paragraph.');
    const form = new FormData();
    form.set('file', new File([new Uint8Array(0)], 'empty.txt', { type: 'text/plain' }));
    const res = await documentsRoute.POST(
      new Request(`http://localhost:3000/api/v1/projects/${p.projectId}/documents`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${p.users.OWNER.token}`, host: 'localhost:3000' },
      }),
      { params: Promise.resolve({ id: p.projectId }) },
    );
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(body.error).toMatchObject({ reason: 'import_empty', importError: 'empty' });

    const nobody = await call(membersRoute.POST, 'POST', `/api/v1/projects/${p.projectId}/members`, {
      token: p.users.OWNER.token,
      params: { id: p.projectId },
      body: { email: 'nobody@example.test', role: 'TRANSLATOR' },
    });
    expect(nobody.json.error).toMatchObject({ reason: 'no_account', params: { email: 'nobody@example.test' } });

    const refused = await call(membersRoute.POST, 'POST', `/api/v1/projects/${p.projectId}/members`, {
      token: p.users.TRANSLATOR.token,
      params: { id: p.projectId },
      body: { email: 'nobody@example.test', role: 'TRANSLATOR' },
    });
    expect(refused.status).toBe(403);
    expect(refused.json.error).toMatchObject({ code: 'forbidden', reason: 'role_forbids', params: { role: 'TRANSLATOR' } });
  });
});
