import 'server-only';
// POST /documents/:id/pretranslate: estimate (dry run) or queue a pre-translation job.
import type { TPretranslateRequest, TPretranslateSettingsRequest } from '../api/pretranslate.types';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { AppError } from '../errors';
import { kickJobRunner } from '../jobs/runner-instance';
import { DEEPL_SETUP_HINT, deeplConfigFromEnv, type Formality } from '../mt/deepl';
import { requireDocument, requireProject } from '../projects/access';
import { presentJob, type TJob } from './present-job';
import { preparePretranslation } from './prepare';
import { writeProjectSettings } from '../projects/project-settings';
import { readSettings } from '../projects/settings';

export interface TPretranslateStart {
  jobId: string | null;
  estimatedCharacters: number;
  /**
   * Segments in scope, of which `tmMatches` will be filled from the memory, `mtSegments` sent to
   * DeepL and `untranslated` left empty (with `untranslatedReason`): what the job will really do.
   * segments = tmMatches + mtSegments + untranslated.
   */
  segments: number;
  tmMatches: number;
  mtSegments: number;
  untranslated: number;
  /** Why `untranslated` segments stay empty: machine translation is not set up, or a paragraph is too long for one request. */
  untranslatedReason: 'mt_not_configured' | 'too_long' | null;
  requests: number;
  mtEnabled: boolean;
  mtHint: string | null;
  formality: Formality;
}

export async function startPretranslate(actor: Actor, documentId: string, input: TPretranslateRequest): Promise<TPretranslateStart> {
  const { document } = await requireDocument(actor, documentId, 'segment.pretranslate');
  const mtEnabled = deeplConfigFromEnv() !== null;
  const project = await db.project.findUniqueOrThrow({ where: { id: document.projectId }, select: { settings: true } });
  const formality = input.formality ?? readSettings(project.settings).formality;
  const prep = await preparePretranslation(documentId, input.scope, { withMt: mtEnabled });
  // Without DeepL nothing goes to machine translation: those segments stay empty (the estimate
  // says so instead of counting them as DeepL's). Oversize paragraphs stay empty too.
  const untranslated = mtEnabled ? prep.oversize.length : prep.mt.length;
  const summary = {
    estimatedCharacters: mtEnabled ? prep.estimatedCharacters : 0,
    segments: prep.eligible.length,
    tmMatches: prep.tm.length,
    mtSegments: mtEnabled ? prep.mt.length - prep.oversize.length : 0,
    untranslated,
    untranslatedReason: untranslated === 0 ? null : mtEnabled ? ('too_long' as const) : ('mt_not_configured' as const),
    requests: mtEnabled ? prep.batches.length : 0,
    mtEnabled,
    mtHint: mtEnabled ? null : DEEPL_SETUP_HINT,
    formality,
  };
  if (input.dryRun) return { jobId: null, ...summary };
  if (prep.eligible.length === 0) {
    throw new AppError(
      'conflict',
      input.scope === 'empty'
        ? 'Nothing to pre-translate: no empty segment is left. Choose "also replace machine drafts" to redo MT and TM drafts.'
        : 'Nothing to pre-translate: every segment holds human work or is marked "do not translate".',
    ).because(input.scope === 'empty' ? 'pretranslate_no_empty' : 'pretranslate_nothing');
  }
  const plan = Object.fromEntries(prep.eligible.map((s) => [s.id, s.version]));
  const job = await db.$transaction(async (tx) => {
    const active = await tx.job.findFirst({ where: { documentId, type: 'pretranslate', state: { in: ['queued', 'running', 'paused'] } } });
    if (active) {
      throw new AppError(
        'conflict',
        active.state === 'paused'
          ? 'A paused pre-translation exists for this document: resume or cancel it first.'
          : 'A pre-translation is already running for this document: wait for it or cancel it.',
        { jobId: active.id },
      ).because(active.state === 'paused' ? 'pretranslate_paused' : 'pretranslate_running');
    }
    return tx.job.create({
      data: {
        projectId: document.projectId,
        documentId,
        type: 'pretranslate',
        state: 'queued',
        total: prep.eligible.length,
        done: 0,
        params: JSON.stringify({ scope: input.scope, formality, plan, estimatedCharacters: prep.estimatedCharacters, mtEnabled }),
        createdById: actor.id,
      },
    });
  });
  kickJobRunner();
  return { jobId: job.id, ...summary };
}

export interface TPretranslateStatus {
  mtEnabled: boolean;
  mtHint: string | null;
  formality: Formality;
  canConfigure: boolean;
  latestJob: TJob | null;
}

export async function getPretranslateStatus(actor: Actor, documentId: string): Promise<TPretranslateStatus> {
  const { document, role } = await requireDocument(actor, documentId, 'document.read');
  kickJobRunner();
  const project = await db.project.findUniqueOrThrow({ where: { id: document.projectId }, select: { settings: true } });
  const latest = await db.job.findFirst({ where: { documentId, type: 'pretranslate' }, orderBy: { createdAt: 'desc' } });
  const mtEnabled = deeplConfigFromEnv() !== null;
  return {
    mtEnabled,
    mtHint: mtEnabled ? null : DEEPL_SETUP_HINT,
    formality: readSettings(project.settings).formality,
    canConfigure: role === 'OWNER',
    latestJob: latest ? presentJob(latest) : null,
  };
}

export async function updatePretranslateSettings(
  actor: Actor,
  projectId: string,
  input: TPretranslateSettingsRequest,
): Promise<{ formality: Formality }> {
  await requireProject(actor, projectId, 'project.update');
  await writeProjectSettings(projectId, { formality: input.formality === 'default' ? undefined : input.formality });
  return { formality: input.formality };
}
