// The QA checks of lib/qa in a worker thread, so that checking a long document (seconds of CPU on
// 2,000 distinct paragraphs) never blocks the server's event loop: other users' requests go on while
// it runs. Plain CommonJS, loaded from disk by qa-runner.ts (not bundled by Next); lib/qa is
// TypeScript, compiled on load by tsx (a production dependency), as the scripts are.
// Messages: { id, op: 'document' | 'together' | 'each', segments, context } → { id, result } | { id, error }.
'use strict';
const { parentPort } = require('node:worker_threads');
const path = require('node:path');

try {
  require('tsx/cjs/api').register();
  const lib = path.join(__dirname, '..', '..', 'qa');
  const { runChecks, runChecksTogether, runDocumentChecks } = require(path.join(lib, 'index.ts'));
  const { spellingFromSnapshot } = require(path.join(lib, 'spelling.ts'));

  const contextOf = (c) => ({ ...c, spelling: c.spelling ? spellingFromSnapshot(c.spelling) : undefined });

  parentPort.on('message', (msg) => {
    try {
      const ctx = contextOf(msg.context);
      let result;
      if (msg.op === 'document') result = runDocumentChecks(msg.segments, ctx).map((r) => r.issues);
      else if (msg.op === 'together') result = runChecksTogether(msg.segments, ctx);
      else result = msg.segments.map((s) => runChecks(s, ctx));
      parentPort.postMessage({ id: msg.id, result });
    } catch (e) {
      parentPort.postMessage({ id: msg.id, error: String(e && e.stack ? e.stack : e) });
    }
  });
  parentPort.postMessage({ ready: true });
} catch (e) {
  parentPort.postMessage({ ready: false, error: String(e && e.message ? e.message : e) });
}
