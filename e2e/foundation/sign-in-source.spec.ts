// Sign-in throttling keys on the address the server saw on the socket (#18 row 12), not on an
// X-Forwarded-For a client writes itself: changing that header on every guess neither escapes the
// per-source limit nor lets a stranger pick someone else's address to lock them out.
import { expect, test } from '@playwright/test';

test('a forged X-Forwarded-For does not change whose guesses are counted', async ({ baseURL }) => {
  const email = `nobody-${Date.now()}@example.test`;
  const attempt = (i: number) =>
    fetch(`${baseURL}/api/v1/auth/session`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: baseURL!,
        'x-forwarded-for': `203.0.113.${i}`,
        'x-workbench-socket-address': `198.51.100.${i}`,
      },
      body: JSON.stringify({ email, password: 'wrong-password-1' }),
    });
  for (let i = 1; i <= 5; i += 1) expect((await attempt(i)).status).toBe(401);
  const sixth = await attempt(6);
  expect(sixth.status).toBe(429);
  expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
});
