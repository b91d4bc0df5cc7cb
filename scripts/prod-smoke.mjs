// Proves a production install serves every edition format: signs in to a running server, imports a
// short article, publishes it and downloads the EPUB, DOCX and PDF, checking each file's signature
// and size. Used by .ci/run after `npm ci --omit=dev` and `NODE_ENV=production npm start`.
//   node scripts/prod-smoke.mjs --base http://localhost:3999 --email a@b.c --password '…'
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { base: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' } },
});
const base = values.base ?? 'http://localhost:3000';
let cookie = '';

async function call(method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}), origin: base },
    body: body ? JSON.stringify(body) : undefined,
  });
  const setCookie = res.headers.getSetCookie?.() ?? [];
  if (setCookie.length) cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
  return res;
}

async function json(method, path, body, expected) {
  const res = await call(method, path, body);
  const text = await res.text();
  if (!expected.includes(res.status)) throw new Error(`${method} ${path}: HTTP ${res.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : {};
}

const idOf = (o, key) =>
  o?.id ??
  o?.[key]?.id ??
  (() => {
    throw new Error(`no id in ${JSON.stringify(o).slice(0, 200)}`);
  })();

const SIGNATURES = {
  epub: (b) => b.subarray(0, 2).toString('latin1') === 'PK' && b.includes('application/epub+zip'),
  docx: (b) => b.subarray(0, 2).toString('latin1') === 'PK' && b.includes('word/document.xml'),
  pdf: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
};

async function main() {
  await json('POST', '/api/v1/auth/session', { email: values.email, password: values.password }, [200, 201, 204]);
  const project = await json('POST', '/api/v1/projects', { name: 'Production smoke' }, [200, 201]);
  const projectId = idOf(project, 'project');
  const content = '# A short article\n\nKwon Jong-gun(권정근) spoke on Monday.\n\nThe talks ended without a deal.\n';
  const doc = await json('POST', `/api/v1/projects/${projectId}/documents`, { title: 'Smoke', content, format: 'markdown' }, [201]);
  const documentId = idOf(doc, 'document');
  const edition = await json('POST', `/api/v1/documents/${documentId}/editions`, { overrideReason: 'production smoke test' }, [201]);
  const editionId = idOf(edition, 'edition');
  for (const format of Object.keys(SIGNATURES)) {
    const started = Date.now();
    const res = await call('GET', `/api/v1/editions/${editionId}/download?format=${format}`);
    const buf = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200) throw new Error(`${format}: HTTP ${res.status} ${buf.toString('utf8').slice(0, 300)}`);
    if (!SIGNATURES[format](buf) || buf.length < 500) throw new Error(`${format}: not a ${format} file (${buf.length} bytes)`);
    console.log(`prod-smoke: ${format} ${buf.length} bytes in ${Date.now() - started} ms`);
  }
  console.log('prod-smoke: every format served by the production install');
}

main().catch((e) => {
  console.error(`prod-smoke: FAILED: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
