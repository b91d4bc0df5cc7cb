// Drives the real deepl-node client against the local DeepL stand-in, so the server is checked
// against what the official client actually sends and expects (form bodies, paths, error mapping).
import * as deepl from 'deepl-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { protect, PROTECT_IGNORE_TAGS, unprotect, type ProtectTerm } from '../lib/mt/protect';
import { type DeeplServerHandle, optionsFromCli, startDeeplServer } from './deepl-server';
import { fakeTranslate } from './deepl-server/pseudo';

const KEY = 'test-key:fx';
let server: DeeplServerHandle;

function client(opts: deepl.DeepLClientOptions = {}, key = KEY): deepl.DeepLClient {
  return new deepl.DeepLClient(key, { serverUrl: server.url, maxRetries: 0, minTimeout: 2000, sendPlatformInfo: false, ...opts });
}

async function post(path: string, body: string | object, key = KEY): Promise<Response> {
  const json = typeof body !== 'string';
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: {
      Authorization: `DeepL-Auth-Key ${key}`,
      'Content-Type': json ? 'application/json' : 'application/x-www-form-urlencoded',
    },
    body: json ? JSON.stringify(body) : body,
  });
}

beforeAll(async () => {
  server = await startDeeplServer({ port: 0 });
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.setMode({ reset: true, resetStats: true, clearGlossaries: true });
});

describe('translate', () => {
  it('translates an array of texts with visible, deterministic fake output', async () => {
    const results = await client().translateText(['Hello world.', 'The ministry said on Monday.'], 'en', 'ko');
    expect(results).toHaveLength(2);
    const [first] = results;
    if (!first) throw new Error('no result');
    expect(first.text).toMatch(/^\[MT\] [\uac00-\ud7a3]+ [\uac00-\ud7a3]+\.$/);
    expect(first.detectedSourceLang).toBe('en');
    expect(first.billedCharacters).toBe('Hello world.'.length);
    const again = await client().translateText('Hello world.', 'en', 'ko');
    expect(again.text).toBe(first.text);
    expect(server.stats).toMatchObject({ translateRequests: 2, translateOk: 2, texts: 3 });
  });

  it('accepts prefer_less for Korean and rejects plain less/more like DeepL', async () => {
    const ok = await client().translateText('Come here.', 'en', 'ko', { formality: 'prefer_less' });
    expect(ok.text.startsWith('[MT] ')).toBe(true);
    await expect(client().translateText('Come here.', 'en', 'ko', { formality: 'more' })).rejects.toThrow(/Bad request.*formality/);
    await expect(client().translateText('Come here.', 'en', 'ko', { formality: 'less' })).rejects.toBeInstanceOf(deepl.DeepLError);
    // Languages with formality show it in the marker.
    const de = await client().translateText('Come here.', 'en', 'de', { formality: 'less' });
    expect(de.text.startsWith('[MT informal] ')).toBe(true);
  });

  it('receives the context parameter (not billed)', async () => {
    const r = await client().translateText('He agreed.', 'en', 'ko', { context: 'Kwon Jong-gun met the envoy.' });
    expect(r.billedCharacters).toBe('He agreed.'.length);
    const last = server.translateLog.at(-1);
    expect(last?.params.context).toBe('Kwon Jong-gun met the envoy.');
    expect(last?.params.show_billed_characters).toBe('1');
  });

  it('keeps protected names through tag_handling=xml + ignore_tags, and reports a dropped one', async () => {
    const terms: ProtectTerm[] = [
      { source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME' },
      { source: 'KCNA', target: 'KCNA', kind: 'DO_NOT_TRANSLATE' },
    ];
    const p = protect('Kwon Jong-gun told KCNA that Kwon’s view & <b> tags stay.', terms);
    const options: deepl.TranslateTextOptions = { tagHandling: 'xml', ignoreTags: PROTECT_IGNORE_TAGS };
    const r = await client().translateText(p.text, 'en', 'ko', options);
    const out = unprotect(r.text, p.placeholders);
    expect(out.missing).toEqual([]);
    // A lone "Kwon" with no known role carries the full name (never a bare 권).
    expect(out.text).toMatch(
      /^\[MT\] 권정근 [\uac00-\ud7a3]+ KCNA [\uac00-\ud7a3]+ 권정근’[\uac00-\ud7a3]+ [\uac00-\ud7a3]+ & <[\uac00-\ud7a3]+> /,
    );
    // Tags are not billed; the protected content is.
    expect(r.billedCharacters).toBe('권정근 told KCNA that 권정근’s view & <b> tags stay.'.length);

    server.setMode({ dropProtected: 'drop' });
    const dropped = unprotect((await client().translateText(p.text, 'en', 'ko', options)).text, p.placeholders);
    expect(dropped.missing.map((m) => m.id)).toEqual(['n1']);
    server.setMode({ dropProtected: 'mangle' });
    const mangled = unprotect((await client().translateText(p.text, 'en', 'ko', options)).text, p.placeholders);
    expect(mangled.missing).toMatchObject([{ id: 'n1', expected: '권정근' }]);
    expect(mangled.missing[0]?.found).not.toBe('권정근');
  });

  it('accepts JSON bodies too', async () => {
    const res = await post('/v2/translate', { text: ['Hello', 'world'], target_lang: 'KO', ignore_tags: ['x'] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { translations: { text: string }[] };
    expect(body.translations.map((t) => t.text)).toEqual([fakeTranslate('Hello'), fakeTranslate('world')]);
  });

  it('enforces 50 texts and 128 KiB per request with 413', async () => {
    const texts = Array.from({ length: 51 }, (_, i) => `t${i}`);
    await expect(client().translateText(texts, 'en', 'ko')).rejects.toThrow(/413/);
    const big = 'a'.repeat(130 * 1024);
    await expect(client().translateText(big, 'en', 'ko')).rejects.toThrow(/413/);
    expect(server.stats.translateOk).toBe(0);
  });
});

describe('usage and languages', () => {
  it('reports usage that grows with translated characters', async () => {
    const c = client();
    const before = await c.getUsage();
    expect(before.character?.count).toBe(0);
    await c.translateText(['abc', '가나다라'], 'en', 'ko');
    const after = await c.getUsage();
    expect(after.character?.count).toBe(7);
    expect(after.character?.limit).toBeGreaterThan(7);
  });

  it('lists source and target languages and glossary pairs', async () => {
    const c = client();
    const source = await c.getSourceLanguages();
    const target = await c.getTargetLanguages();
    expect(source.map((l) => l.code)).toEqual(expect.arrayContaining(['en', 'ko']));
    expect(target.find((l) => l.code === 'ko')).toEqual({ code: 'ko', name: 'Korean', supportsFormality: false });
    expect(target.find((l) => l.code === 'en-US')).toBeDefined();
    const pairs = await c.getGlossaryLanguagePairs();
    expect(pairs).toContainEqual({ sourceLang: 'en', targetLang: 'ko' });
  });
});

describe('v2 glossaries', () => {
  it('creates, lists, reads, applies and deletes a glossary', async () => {
    const c = client();
    const entries = new deepl.GlossaryEntries({ entries: { 'Workers’ Party': '노동당', ministry: '성' } });
    const g = await c.createGlossary('names', 'en', 'ko', entries);
    expect(g).toMatchObject({ name: 'names', ready: true, sourceLang: 'en', targetLang: 'ko', entryCount: 2 });
    expect((await c.listGlossaries()).map((x) => x.glossaryId)).toEqual([g.glossaryId]);
    expect((await c.getGlossary(g.glossaryId)).entryCount).toBe(2);
    expect((await c.getGlossaryEntries(g)).entries()).toEqual({ 'Workers’ Party': '노동당', ministry: '성' });

    const r = await c.translateText('The Workers’ Party and the ministry.', 'en', 'ko', { glossary: g });
    expect(r.text).toMatch(/노동당 .*성\.$/);

    const csv = await c.createGlossaryWithCsv('csv', 'en', 'ko', Buffer.from('Kwon Jong-gun,권정근\n"Kim, Yo Jong",김여정\n'));
    expect((await c.getGlossaryEntries(csv)).entries()).toEqual({ 'Kwon Jong-gun': '권정근', 'Kim, Yo Jong': '김여정' });

    await c.deleteGlossary(g);
    await expect(c.getGlossary(g.glossaryId)).rejects.toBeInstanceOf(deepl.GlossaryNotFoundError);
    // A glossary whose languages do not match the request is refused.
    await expect(c.translateText('x', 'en', 'de', { glossary: csv })).rejects.toThrow(/Bad request/);
  });
});

describe('v3 multilingual glossaries', () => {
  it('supports the DeepLClient multilingual glossary methods', async () => {
    const c = client();
    const g = await c.createMultilingualGlossary('book', [
      { sourceLangCode: 'en', targetLangCode: 'ko', entries: new deepl.GlossaryEntries({ entries: { envoy: '특사' } }) },
      { sourceLangCode: 'ko', targetLangCode: 'en', entries: new deepl.GlossaryEntries({ entries: { 특사: 'envoy' } }) },
    ]);
    expect(g.name).toBe('book');
    expect(g.dictionaries).toEqual([
      { sourceLangCode: 'en', targetLangCode: 'ko', entryCount: 1 },
      { sourceLangCode: 'ko', targetLangCode: 'en', entryCount: 1 },
    ]);
    expect((await c.listMultilingualGlossaries()).map((x) => x.glossaryId)).toEqual([g.glossaryId]);
    expect((await c.getMultilingualGlossary(g.glossaryId)).dictionaries).toHaveLength(2);
    // Multilingual glossaries are not visible through v2.
    expect(await c.listGlossaries()).toEqual([]);

    const dict = await c.getMultilingualGlossaryDictionaryEntries(g, 'en', 'ko');
    expect(dict.entries.entries()).toEqual({ envoy: '특사' });

    const replaced = await c.replaceMultilingualGlossaryDictionary(g, {
      sourceLangCode: 'en',
      targetLangCode: 'ko',
      entries: new deepl.GlossaryEntries({ entries: { envoy: '사절', talks: '회담' } }),
    });
    expect(replaced).toEqual({ sourceLangCode: 'en', targetLangCode: 'ko', entryCount: 2 });

    const updated = await c.updateMultilingualGlossaryDictionary(g, {
      sourceLangCode: 'en',
      targetLangCode: 'ko',
      entries: new deepl.GlossaryEntries({ entries: { talks: '협상', summit: '정상회담' } }),
    });
    expect(updated.dictionaries.find((d) => d.sourceLangCode === 'en')?.entryCount).toBe(3);
    expect((await c.getMultilingualGlossaryDictionaryEntries(g, 'en', 'ko')).entries.entries()).toEqual({
      envoy: '사절',
      talks: '협상',
      summit: '정상회담',
    });
    expect((await c.updateMultilingualGlossaryName(g, 'renamed')).name).toBe('renamed');

    const r = await c.translateText('The envoy left the talks.', 'en', 'ko', { glossary: g.glossaryId });
    expect(r.text).toMatch(/사절 .*협상\.$/);

    await c.deleteMultilingualGlossaryDictionary(g, 'ko', 'en');
    expect((await c.getMultilingualGlossary(g.glossaryId)).dictionaries).toHaveLength(1);
    await expect(c.getMultilingualGlossaryDictionaryEntries(g, 'ko', 'en')).rejects.toBeInstanceOf(deepl.GlossaryNotFoundError);

    const csv = await c.createMultilingualGlossaryWithCsv('csv', 'en', 'ko', 'Pyongyang,평양\n');
    expect(csv.dictionaries).toEqual([{ sourceLangCode: 'en', targetLangCode: 'ko', entryCount: 1 }]);

    await c.deleteMultilingualGlossary(g);
    await expect(c.getMultilingualGlossary(g.glossaryId)).rejects.toBeInstanceOf(deepl.GlossaryNotFoundError);
  });
});

describe('errors and fault injection', () => {
  it('maps an unknown or missing key to AuthorizationError (403)', async () => {
    await expect(client({}, 'wrong-key').translateText('x', 'en', 'ko')).rejects.toBeInstanceOf(deepl.AuthorizationError);
    const res = await fetch(`${server.url}/v2/usage`);
    expect(res.status).toBe(403);
  });

  it('answers 456 past the quota (QuotaExceededError) and reports the limit in usage', async () => {
    server.setMode({ quotaCharacters: 10 });
    const c = client();
    await c.translateText('12345678', 'en', 'ko');
    await expect(c.translateText('123', 'en', 'ko')).rejects.toBeInstanceOf(deepl.QuotaExceededError);
    const usage = await c.getUsage();
    expect(usage.character).toMatchObject({ count: 8, limit: 10 });
  });

  it('answers 429 to the next n requests (TooManyRequestsError without retries)', async () => {
    server.setMode({ failNext: 1 });
    await expect(client().translateText('x', 'en', 'ko')).rejects.toBeInstanceOf(deepl.TooManyRequestsError);
    await expect(client().translateText('x', 'en', 'ko')).resolves.toBeDefined();
    expect(server.stats.injectedFailures).toBe(1);
  });

  it('lets deepl-node retry a 429/503 (maxRetries: 2 means one retry after ~1 s)', async () => {
    server.setMode({ failNext: 1, failStatus: 503 });
    const r = await client({ maxRetries: 2 }).translateText('x', 'en', 'ko');
    expect(r.text.startsWith('[MT] ')).toBe(true);
    expect(server.stats.translateRequests).toBe(2);
  });

  it('maps 500 to a DeepLError', async () => {
    server.setMode({ failNext: 1, failStatus: 500 });
    await expect(client().translateText('x', 'en', 'ko')).rejects.toThrow(/500/);
  });

  it('fails a seeded, reproducible share of requests with failRate', async () => {
    const run = async () => {
      server.setMode({ failRate: 0.5, seed: 7 });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i += 1) statuses.push((await post('/v2/translate', 'text=x&target_lang=KO')).status);
      return statuses;
    };
    const first = await run();
    expect(first).toContain(429);
    expect(first).toContain(200);
    expect(await run()).toEqual(first);
  });

  it('hangs until the client times out (ConnectionError)', async () => {
    server.setMode({ hang: true });
    // deepl-node's timeout is max(minTimeout, time left of its 1 s backoff window): about 1 s.
    // Without the client's timeout this request would hang past the test timeout.
    const err = await client({ minTimeout: 100 })
      .translateText('x', 'en', 'ko')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(deepl.ConnectionError);
    expect(server.stats.hungRequests).toBe(1);
  });

  it('plays a scripted outage by request number, then lets requests through; setting it again restarts it', async () => {
    server.setMode({
      script: [
        { do: 'ok', times: 2 },
        { do: 429, times: 3 },
        { do: 503, times: 1 },
        { do: 'hang', times: 1 },
        { do: 456, times: 2 },
      ],
    });
    const statuses: (number | 'timeout')[] = [];
    for (let i = 0; i < 11; i += 1) {
      const res = await fetch(`${server.url}/v2/translate`, {
        method: 'POST',
        headers: { Authorization: `DeepL-Auth-Key ${KEY}`, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'text=x&target_lang=KO',
        signal: AbortSignal.timeout(300),
      }).catch(() => null);
      statuses.push(res ? res.status : 'timeout');
    }
    expect(statuses).toEqual([200, 200, 429, 429, 429, 503, 'timeout', 456, 456, 200, 200]);
    expect(server.stats).toMatchObject({ scriptedRequests: 9, injectedFailures: 6, hungRequests: 1, translateOk: 4 });
    // Other endpoints are not counted unless scope is "all".
    expect((await fetch(`${server.url}/v2/usage`, { headers: { Authorization: `DeepL-Auth-Key ${KEY}` } })).status).toBe(200);
    server.setMode({ script: [{ do: 500, times: 1 }, { do: 'ok' }] });
    expect((await post('/v2/translate', 'text=x&target_lang=KO')).status).toBe(500);
    for (let i = 0; i < 3; i += 1) expect((await post('/v2/translate', 'text=x&target_lang=KO')).status).toBe(200);
    // Through deepl-node: a scripted 456 is a QuotaExceededError, and the script wins over failNext.
    server.setMode({ failNext: 5, script: [{ do: 456 }] });
    await expect(client().translateText('x', 'en', 'ko')).rejects.toBeInstanceOf(deepl.QuotaExceededError);
    expect(server.mode.failNext).toBe(5);
    server.setMode({ reset: true });
    expect(server.mode.script).toBeNull();
    await expect(client().translateText('x', 'en', 'ko')).resolves.toBeDefined();
  });

  it('answers canned translations for texts received exactly as given, the rest as usual', async () => {
    const sent = '<x id="n1">권정근</x> met the envoy.';
    server.setMode({ fixedTranslations: { [sent]: '<x id="n1">권정근</x>는 특사를 만났다.' } });
    const [fixed, other] = await client().translateText([sent, 'The weather was fine.'], 'en', 'ko', {
      tagHandling: 'xml',
      ignoreTags: ['x'],
    });
    expect(fixed!.text).toBe('<x id="n1">권정근</x>는 특사를 만났다.');
    expect(fixed!.billedCharacters).toBe('권정근 met the envoy.'.length);
    expect(other!.text).toMatch(/^\[MT\] /);
    expect(
      (await client().translateText('<x id="n1">권정근</x> met the envoy!', 'en', 'ko', { tagHandling: 'xml', ignoreTags: ['x'] })).text,
    ).toMatch(/^\[MT\] /);
  });

  it('records the highest number of concurrent translate requests', async () => {
    server.setMode({ latencyMs: 150 });
    const c = client();
    await Promise.all(Array.from({ length: 5 }, (_, i) => c.translateText(`text ${i}`, 'en', 'ko')));
    expect(server.stats.maxConcurrent).toBe(5);
    expect(server.stats.inFlight).toBe(0);
  });
});

describe('control endpoint and CLI', () => {
  it('changes the mode over HTTP and validates it', async () => {
    const res = await fetch(`${server.url}/__control`, { method: 'POST', body: JSON.stringify({ failNext: 2, failStatus: 456 }) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { mode: { failNext: number } }).mode.failNext).toBe(2);
    expect((await post('/v2/translate', 'text=x&target_lang=KO')).status).toBe(456);
    const bad = await fetch(`${server.url}/__control`, { method: 'POST', body: JSON.stringify({ failStatus: 418 }) });
    expect(bad.status).toBe(400);
    const state = (await (await fetch(`${server.url}/__control`)).json()) as { stats: { injectedFailures: number } };
    expect(state.stats.injectedFailures).toBe(1);
  });

  it('reads flags and environment', () => {
    const o = optionsFromCli(['--port', '9000', '--fail-rate', '0.25', '--auth-key', 'a', '--auth-key', 'b', '--hang-ms', '500'], {
      DEEPL_FAKE_LATENCY_MS: '40',
      DEEPL_FAKE_DROP_PROTECTED: 'mangle',
    } as unknown as NodeJS.ProcessEnv);
    expect(o).toMatchObject({ port: 9000, failRate: 0.25, authKeys: ['a', 'b'], hang: 500, latencyMs: 40, dropProtected: 'mangle' });
    expect(() => optionsFromCli(['--fail-status', '404'], {} as NodeJS.ProcessEnv)).toThrow();
    const scripted = optionsFromCli(['--script', '[{"do":"ok","times":5},{"do":429,"times":2},{"do":"hang","times":1},{"do":456}]'], {
      DEEPL_FAKE_FIXED_TRANSLATIONS: '{"a":"가"}',
    } as unknown as NodeJS.ProcessEnv);
    expect(scripted).toMatchObject({
      script: [{ do: 'ok', times: 5 }, { do: 429, times: 2 }, { do: 'hang', times: 1 }, { do: 456 }],
      fixedTranslations: { a: '가' },
    });
    expect(() => optionsFromCli(['--script', '[{"do":404}]'], {} as NodeJS.ProcessEnv)).toThrow(/invalid script/);
    expect(() => optionsFromCli(['--script', 'not json'], {} as NodeJS.ProcessEnv)).toThrow(/--script: not JSON/);
  });
});

describe('fake translation', () => {
  it('copies ignored elements verbatim (nested, with attributes and entities) and escapes the rest', () => {
    const xml = 'Tom &amp; <x id="n1">권&amp;<x id="n2">정근</x></x> <b class="k">said</b> <x id="d1"/>';
    const out = fakeTranslate(xml, { tagHandling: 'xml', ignoreTags: ['x'] });
    expect(out).toMatch(
      /^\[MT\] [\uac00-\ud7a3]+ &amp; <x id="n1">권&amp;<x id="n2">정근<\/x><\/x> <b class="k">[\uac00-\ud7a3]+<\/b> <x id="d1"\/>$/,
    );
  });

  it('treats text as plain without tag handling and keeps digits and punctuation', () => {
    expect(fakeTranslate('On 3 May, <x>.')).toMatch(/^\[MT\] [\uac00-\ud7a3]+ 3 [\uac00-\ud7a3]+, <[\uac00-\ud7a3]+>\.$/);
    expect(fakeTranslate('   ')).toBe('   ');
  });
});
