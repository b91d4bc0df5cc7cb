import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, GENERATED } from './api-client';

describe('generated API routes', () => {
  it('is up to date with the endpoint registry and the route files (run `npm run api:client`)', async () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(await generate());
  }, 30_000);
});
