// Hunspell (WebAssembly, hunspell-asm) with the Korean dictionary (dictionary-ko), in a worker
// thread so that loading (~1 s) and suggestions (up to ~0.7 s for a long word) never block the
// server's event loop. Plain CommonJS, loaded from disk by speller.ts (not bundled by Next).
// Messages: { id, spell: string[], suggest: string[] } → { id, spelled: boolean[], suggestions: string[][] }.
'use strict';
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');

async function load() {
  const { loadModule } = require('hunspell-asm');
  const dir = path.dirname(require.resolve('dictionary-ko'));
  const m = await loadModule();
  const aff = m.mountBuffer(fs.readFileSync(path.join(dir, 'index.aff')), 'ko.aff');
  const dic = m.mountBuffer(fs.readFileSync(path.join(dir, 'index.dic')), 'ko.dic');
  return m.create(aff, dic);
}

load().then(
  (h) => {
    parentPort.on('message', (msg) => {
      try {
        const spelled = msg.spell.map((w) => h.spell(w));
        const suggestions = msg.suggest.map((w) => h.suggest(w));
        parentPort.postMessage({ id: msg.id, spelled, suggestions });
      } catch (e) {
        parentPort.postMessage({ id: msg.id, error: String(e && e.message ? e.message : e) });
      }
    });
    parentPort.postMessage({ ready: true });
  },
  (e) => parentPort.postMessage({ ready: false, error: String(e && e.message ? e.message : e) }),
);
