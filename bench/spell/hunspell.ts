// Loads Hunspell (WebAssembly) with the Korean dictionary in this process, synchronously usable.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { loadModule } from 'hunspell-asm';
import type { SyncDictionary } from '../../lib/spell/verdict';

export async function loadKorean(): Promise<SyncDictionary> {
  const req = createRequire(path.join(process.cwd(), 'package.json'));
  const m = await loadModule();
  const dir = path.dirname(req.resolve('dictionary-ko'));
  const aff = m.mountBuffer(readFileSync(path.join(dir, 'index.aff')), 'ko.aff');
  const dic = m.mountBuffer(readFileSync(path.join(dir, 'index.dic')), 'ko.dic');
  const h = m.create(aff, dic);
  return { spell: (w) => h.spell(w), suggest: (w) => h.suggest(w) };
}
