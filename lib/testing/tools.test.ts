import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('required test tools', () => {
  it('fails under CI when a validator is missing, instead of skipping its tests', async () => {
    vi.stubEnv('CI', 'true');
    const { hasChromium } = await import('./tools');
    expect(() => hasChromium('/nonexistent/chromium', 'x.test.ts')).toThrow(/Chromium is required/);
  });

  it('skips with a warning on a developer machine', async () => {
    vi.stubEnv('CI', '');
    vi.stubEnv('REQUIRE_TOOLS', '');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { hasChromium } = await import('./tools');
    expect(hasChromium('/nonexistent/chromium', 'x.test.ts')).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/SKIPPED/));
  });
});
