import 'server-only';
// The Korean speller of the server: one Hunspell worker per process (hunspell-worker.cjs), started
// on first use in the background, and a cache of word verdicts shared by every project (a verdict
// depends on the word alone: dictionary, compounds, common-error rules). Callers never wait for
// the load: until the worker is ready the spelling check reports nothing. Verdicts are computed in
// three batches (words; compound parts of the refused ones; suggestions for the misspelt) and a
// caller waits at most its budget; what is still running fills the cache for the next request.
import type { Worker } from 'node:worker_threads';
import { compoundQueries } from '../../spell/compound';
import { confusionCandidates, loanwordCandidates } from '../../spell/confusions';
import { saiSiotRivalQueries } from '../../spell/spoken-forms';
import type { WordVerdict } from '../../spell/types';
import { nounFormMeansQueries } from '../../spell/noun-form-means';
import { lexiconQueries, verdictFor } from '../../spell/verdict';
import { startWorkerScript, workerScript } from '../system/worker-script';

type Reply = { id: number; spelled: boolean[]; suggestions: string[][]; error?: string };
type State = {
  status: 'loading' | 'ready' | 'failed';
  worker: Worker | null;
  next: number;
  pending: Map<number, (r: Reply) => void>;
  error?: string;
};

const CACHE_LIMIT = 100_000;
/** Words judged per round trip to the worker. */
const CHUNK = 100;
const g = globalThis as unknown as { __wbSpeller?: State; __wbSpellCache?: Map<string, WordVerdict>; __wbSpellInFlight?: Set<string> };
const cache = (g.__wbSpellCache ??= new Map());
const inFlight = (g.__wbSpellInFlight ??= new Set());

function start(): State {
  const state: State = { status: 'loading', worker: null, next: 1, pending: new Map() };
  g.__wbSpeller = state;
  try {
    const worker = startWorkerScript(workerScript('SPELL_WORKER_DIR', 'lib/server/spell', 'hunspell-worker.cjs'));
    worker.unref();
    state.worker = worker;
    worker.on('message', (msg: Reply & { ready?: boolean }) => {
      if (msg.ready !== undefined) {
        state.status = msg.ready ? 'ready' : 'failed';
        state.error = msg.error;
        if (!msg.ready) console.error(`spelling: the Korean dictionary did not load: ${msg.error}`);
        return;
      }
      state.pending.get(msg.id)?.(msg);
      state.pending.delete(msg.id);
    });
    const fail = (e: unknown) => {
      if (state.status !== 'failed') console.error(`spelling: the Korean speller stopped: ${String(e)}`);
      state.status = 'failed';
      state.error = String(e);
      for (const resolve of state.pending.values()) resolve({ id: 0, spelled: [], suggestions: [], error: state.error });
      state.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => code !== 0 && fail(`worker exited with ${code}`));
  } catch (e) {
    state.status = 'failed';
    state.error = String(e);
  }
  return state;
}

// Unit and service tests run without the speller (their clean-text expectations predate it and a
// dictionary that loads in the middle of a test file would make them flaky) unless a test starts it.
const AUTO_START = process.env.VITEST === undefined || process.env.SPELL_IN_TESTS === '1';

/** Starts the speller in the background if needed (tests call it explicitly). */
export function startSpeller(): void {
  if (!g.__wbSpeller) start();
}

/** Starts the speller in the background if needed; true once it answers. */
export function spellerReady(): boolean {
  if (!g.__wbSpeller && AUTO_START) start();
  return g.__wbSpeller?.status === 'ready';
}

function ask(spell: string[], suggest: string[]): Promise<Reply> {
  const s = g.__wbSpeller;
  if (!s || s.status !== 'ready' || !s.worker) return Promise.resolve({ id: 0, spelled: [], suggestions: [], error: 'not ready' });
  const id = s.next++;
  return new Promise((resolve) => {
    s.pending.set(id, resolve);
    s.worker!.postMessage({ id, spell, suggest });
  });
}

/** The cached verdict on a word (undefined: not judged yet). */
export function cachedVerdict(word: string): WordVerdict | undefined {
  return cache.get(word);
}

function remember(word: string, v: WordVerdict) {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(word, v);
}

async function judge(words: string[]): Promise<void> {
  const first = await ask(words, []);
  if (first.error) return;
  const answers = new Map<string, boolean>();
  words.forEach((w, i) => answers.set(w, first.spelled[i]!));
  const refused = words.filter((w) => !answers.get(w));
  // A word Hunspell accepts may still lack the sai-siot of the form it lists (꼭지점 → 꼭짓점: spoken-forms.ts)
  // or be a verb's noun form with -으로서 (막음으로서 → 막음으로써: noun-form-means.ts).
  const accepted = words.filter((w) => answers.get(w));
  const parts = [
    ...new Set([...refused.flatMap(compoundQueries), ...accepted.flatMap((w) => [...saiSiotRivalQueries(w), ...nounFormMeansQueries(w)])]),
  ].filter((s) => !answers.has(s));
  if (parts.length) {
    const second = await ask(parts, []);
    if (second.error) return;
    parts.forEach((s, i) => answers.set(s, second.spelled[i]!));
  }
  // Verdicts without suggestions first, to find the misspelt words; then one batch of suggestions.
  const noSuggestions = { spell: (s: string) => answers.get(s) ?? false, suggest: () => [] };
  // Without the larger lexicon: a word it would vouch for is judged again once its confusions are
  // known (폐염 is 폐렴 misspelt, 동맥혈 is a noun).
  const bad = words.filter((w) => !verdictFor(w, noSuggestions, { lexicon: false }).ok);
  const needSuggest = bad.filter((w) => !answers.get(w));
  const confusions = [
    ...new Set(needSuggest.flatMap((w) => [...confusionCandidates(w), ...loanwordCandidates(w), ...lexiconQueries(w)])),
  ].filter((s) => !answers.has(s));
  const third = needSuggest.length
    ? await ask(confusions, needSuggest)
    : { spelled: [] as boolean[], suggestions: [] as string[][], error: undefined };
  if (third.error) return;
  confusions.forEach((s, i) => answers.set(s, third.spelled[i]!));
  const sugg = new Map(needSuggest.map((w, i) => [w, third.suggestions[i] ?? []]));
  for (const w of words) remember(w, verdictFor(w, { spell: (s) => answers.get(s) ?? false, suggest: (x) => sugg.get(x) ?? [] }));
}

/**
 * Judges the words not in the cache yet; resolves when done or after budgetMs (the work goes on
 * and fills the cache). Does nothing until the speller is ready.
 */
export async function prepareVerdicts(words: Iterable<string>, budgetMs: number): Promise<void> {
  if (!spellerReady()) return;
  const todo = [...new Set(words)].filter((w) => !cache.has(w) && !inFlight.has(w));
  if (todo.length === 0) return;
  for (const w of todo) inFlight.add(w);
  // In chunks, with a turn of the event loop between them: the main thread's share (compound parts,
  // verdicts, copying the batches to and from the worker) stays a few milliseconds at a time, and
  // the cache fills as it goes (a request that stops waiting still gets the chunks done).
  const work = (async () => {
    for (let i = 0; i < todo.length; i += CHUNK) {
      const chunk = todo.slice(i, i + CHUNK);
      try {
        await judge(chunk);
      } finally {
        chunk.forEach((w) => inFlight.delete(w));
      }
      await new Promise((r) => setImmediate(r));
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work, new Promise<void>((r) => (timer = setTimeout(r, budgetMs)))]);
  clearTimeout(timer);
}

/** For tests: wait until the worker has loaded (or failed). */
export async function waitForSpeller(timeoutMs = 30_000): Promise<boolean> {
  startSpeller();
  const until = Date.now() + timeoutMs;
  while (!spellerReady() && g.__wbSpeller?.status !== 'failed' && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
  return spellerReady();
}
