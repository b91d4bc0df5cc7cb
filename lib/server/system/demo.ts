import 'server-only';

/** Demo mode (seeded demo project and accounts) is on for the embedded database unless NODE_ENV=production or DEMO=0. */
export function isDemoMode(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.DEMO === '0' || env.DEMO === 'false') return false;
  if (env.DEMO === '1' || env.DEMO === 'true') return true;
  // scripts/start.mjs decides before `next start` forces NODE_ENV=production, and passes DEMO on.
  if (env.NODE_ENV === 'production') return false;
  const url = env.DATABASE_URL ?? '';
  return url === '' || url.startsWith('file:');
}

export const DEMO_PASSWORD = 'demo-pass-2026';
export const DEMO_ACCOUNTS = [
  { email: 'owner@demo.test', name: 'Demo Owner', role: 'OWNER' },
  { email: 'translator@demo.test', name: 'Demo Translator', role: 'TRANSLATOR' },
  { email: 'reviewer@demo.test', name: 'Demo Reviewer', role: 'REVIEWER' },
] as const;
