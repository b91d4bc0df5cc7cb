// The command line of scripts/deepl-server.ts: flags and DEEPL_FAKE_* environment variables,
// checked with the same schema as POST /__control.

import { parseArgs } from 'node:util';
import { controlSchema, type DeeplServerOptions } from './state';

export function usage(): string {
  return `Local DeepL-compatible server (fake translations).

Usage: npx tsx scripts/deepl-server.ts [options]

  --port N                 port (default 8787; 0 = random)           env DEEPL_FAKE_PORT
  --host H                 host (default 127.0.0.1)                  env DEEPL_FAKE_HOST
  --latency-ms N           delay before every answer                 env DEEPL_FAKE_LATENCY_MS
  --fail-status S          429 | 456 | 500 | 503 (default 429)       env DEEPL_FAKE_FAIL_STATUS
  --fail-rate P            probability 0..1 of failing a request     env DEEPL_FAKE_FAIL_RATE
  --fail-next N            fail the next N requests                  env DEEPL_FAKE_FAIL_NEXT
  --seed N                 PRNG seed for --fail-rate (default 1)     env DEEPL_FAKE_SEED
  --quota-characters N     456 once usage would pass N characters    env DEEPL_FAKE_QUOTA_CHARACTERS
  --hang                   never answer                              env DEEPL_FAKE_HANG=true
  --hang-ms N              answer after N ms                         env DEEPL_FAKE_HANG=N
  --drop-protected M       drop | mangle the first ignored tag       env DEEPL_FAKE_DROP_PROTECTED
  --scope S                translate | all: where faults apply       env DEEPL_FAKE_SCOPE
  --script JSON            scripted outage by request number         env DEEPL_FAKE_SCRIPT
                           e.g. '[{"do":"ok","times":5},{"do":429,"times":6},{"do":"hang","times":1},{"do":456}]'
  --fixed-translations JSON  canned answers {"<text as sent>": "<translation>"}
                                                                     env DEEPL_FAKE_FIXED_TRANSLATIONS
  --auth-key K             accepted key (repeatable; default test-key, test-key:fx)
                                                                     env DEEPL_FAKE_AUTH_KEYS=k1,k2
  --any-key                accept any non-empty key                  env DEEPL_FAKE_ANY_KEY=1
  --quiet                  no request log
  --help

At run time: POST /__control with JSON, e.g. {"failStatus":429,"failNext":3}, {"latencyMs":200},
{"hang":true}, {"script":[{"do":"ok","times":2},{"do":503}]}, {"reset":true,"resetStats":true};
GET /__control shows mode and stats.`;
}

function numberOrUndefined(name: string, v: string | undefined): number | undefined {
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`${name}: not a number: ${v}`);
  return n;
}

function jsonOrUndefined(name: string, v: string | undefined): unknown {
  if (v === undefined || v === '') return undefined;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    throw new Error(`${name}: not JSON: ${v}`);
  }
}

export function optionsFromCli(argv: readonly string[], env: NodeJS.ProcessEnv): DeeplServerOptions & { help?: boolean } {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'latency-ms': { type: 'string' },
      'fail-status': { type: 'string' },
      'fail-rate': { type: 'string' },
      'fail-next': { type: 'string' },
      seed: { type: 'string' },
      'quota-characters': { type: 'string' },
      hang: { type: 'boolean' },
      'hang-ms': { type: 'string' },
      'drop-protected': { type: 'string' },
      scope: { type: 'string' },
      script: { type: 'string' },
      'fixed-translations': { type: 'string' },
      'auth-key': { type: 'string', multiple: true },
      'any-key': { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  const pick = (flag: string | undefined, envName: string) => flag ?? env[envName];
  const hangEnv = env.DEEPL_FAKE_HANG;
  let hang: boolean | number | undefined;
  if (values.hang) hang = true;
  else if (values['hang-ms'] !== undefined) hang = numberOrUndefined('--hang-ms', values['hang-ms']);
  else if (hangEnv === 'true' || hangEnv === '1') hang = true;
  else if (hangEnv !== undefined && hangEnv !== '' && hangEnv !== 'false' && hangEnv !== '0')
    hang = numberOrUndefined('DEEPL_FAKE_HANG', hangEnv);

  const drop = pick(values['drop-protected'], 'DEEPL_FAKE_DROP_PROTECTED');
  const keys =
    values['auth-key'] ??
    env.DEEPL_FAKE_AUTH_KEYS?.split(',')
      .map((k) => k.trim())
      .filter((k) => k !== '');
  const raw = {
    latencyMs: numberOrUndefined('--latency-ms', pick(values['latency-ms'], 'DEEPL_FAKE_LATENCY_MS')),
    failStatus: numberOrUndefined('--fail-status', pick(values['fail-status'], 'DEEPL_FAKE_FAIL_STATUS')),
    failRate: numberOrUndefined('--fail-rate', pick(values['fail-rate'], 'DEEPL_FAKE_FAIL_RATE')),
    failNext: numberOrUndefined('--fail-next', pick(values['fail-next'], 'DEEPL_FAKE_FAIL_NEXT')),
    seed: numberOrUndefined('--seed', pick(values.seed, 'DEEPL_FAKE_SEED')),
    quotaCharacters: numberOrUndefined('--quota-characters', pick(values['quota-characters'], 'DEEPL_FAKE_QUOTA_CHARACTERS')),
    hang,
    dropProtected: drop === undefined || drop === '' || drop === 'false' ? undefined : drop,
    scope: pick(values.scope, 'DEEPL_FAKE_SCOPE'),
    script: jsonOrUndefined('--script', pick(values.script, 'DEEPL_FAKE_SCRIPT')),
    fixedTranslations: jsonOrUndefined('--fixed-translations', pick(values['fixed-translations'], 'DEEPL_FAKE_FIXED_TRANSLATIONS')),
  };
  const defined = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const checked = controlSchema.safeParse(defined);
  if (!checked.success) {
    throw new Error(
      checked.error.issues.map((i) => `invalid ${i.path.join('.') || 'option'}: ${JSON.stringify(defined[String(i.path[0])])}`).join('; '),
    );
  }
  const modeFields = checked.data;
  return {
    ...modeFields,
    port: numberOrUndefined('--port', pick(values.port, 'DEEPL_FAKE_PORT')) ?? 8787,
    host: pick(values.host, 'DEEPL_FAKE_HOST') ?? '127.0.0.1',
    authKeys: keys && keys.length > 0 ? keys : undefined,
    acceptAnyKey: values['any-key'] === true || env.DEEPL_FAKE_ANY_KEY === '1' || env.DEEPL_FAKE_ANY_KEY === 'true',
    log: values.quiet !== true,
    help: values.help,
  };
}
