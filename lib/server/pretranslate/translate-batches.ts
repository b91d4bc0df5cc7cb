// The "translate" step of a pre-translation: the planned batches go to DeepL a few requests at a
// time (runPool), glossary-bound and with protected names in tags; each answer is unprotected (the
// Korean name back in its original form, its particle fixed) and queued on the draft writer. 429 and
// 5xx are retried with backoff while the job row says so; the first quota or key error stops new
// requests; cancelling aborts the requests in flight. Returns the error that stopped the run, if any.
import { fixParticlesAfterNames } from '../../mt/fix-particles';
import { PROTECT_IGNORE_TAGS, unprotect } from '../../mt/protect';
import { runPool } from '../../mt/retry';
import type { JobContext } from '../jobs/runner';
import { DeeplProvider, MtError, type DeeplConfig, type Formality } from '../mt/deepl';
import { syncGlossary } from '../mt/sync-glossary';
import type { DraftWriter, Write } from './draft-writer';
import type { Preparation } from './prepare';
import { qaWarningsFor } from './qa-warnings';
import { createRetryStatus } from './retry-status';

export async function translateBatches(
  ctx: JobContext,
  prep: Preparation,
  config: DeeplConfig,
  formality: Formality | undefined,
  writer: DraftWriter,
): Promise<MtError | null> {
  const provider = new DeeplProvider(config);
  let glossaryId: string | null = null;
  let stop: MtError | null = null;
  try {
    glossaryId = await syncGlossary(provider, prep.projectId, ctx.job.id);
  } catch (err) {
    if (!(err instanceof MtError)) throw err;
    stop = err;
  }

  const retryStatus = createRetryStatus(ctx);
  await runPool(
    prep.batches,
    config.concurrency,
    async (batch, index) => {
      if (stop || ctx.signal.aborted) return;
      let res;
      try {
        res = await provider.translate({
          texts: batch.texts,
          sourceLang: prep.sourceLang,
          targetLang: prep.targetLang,
          context: batch.context,
          formality,
          glossaryId,
          ignoreTags: PROTECT_IGNORE_TAGS,
          signal: ctx.signal,
          onRetry: (info) => retryStatus.waiting(index, info),
        });
      } catch (err) {
        retryStatus.settled(index);
        if (ctx.signal.aborted) return;
        if (err instanceof MtError) {
          // Quota and key errors win over a transient one reported by another request.
          if (!stop || err.kind === 'quota' || err.kind === 'auth') stop = err;
          return;
        }
        throw err;
      }
      retryStatus.settled(index);
      const writes: Write[] = batch.items.map((item, i) => {
        const out = unprotect(res.texts[i] ?? '', item.placeholders, { fixParticles: fixParticlesAfterNames });
        const qa = qaWarningsFor(out.missing);
        return {
          segmentId: item.segmentId,
          version: item.version,
          text: out.text,
          origin: 'MT',
          matchScore: null,
          reason: qa.length > 0 ? JSON.stringify({ qa }) : null,
        };
      });
      if (ctx.signal.aborted || writer.failed) return;
      writer.enqueue(writes, batch.items.length, res.billedCharacters);
    },
    () => stop !== null || ctx.signal.aborted || writer.failed,
  );
  await writer.drain();
  await retryStatus.flushed();
  return stop;
}
