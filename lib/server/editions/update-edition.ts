import 'server-only';
// Unpublishing hides one version from the public pages and downloads; the row and its snapshot
// stay, and the owner can show it again.
import type { TUpdateEditionRequest } from '../api/publish.types';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { notFound } from '../errors';
import { presentEdition, type TEdition } from '../presenters/edition';
import { requireDocument } from '../projects/access';

export async function updateEdition(actor: Actor, editionId: string, input: TUpdateEditionRequest): Promise<TEdition> {
  const edition = await db.edition.findUnique({ where: { id: editionId } });
  if (!edition) throw notFound('Edition');
  await requireDocument(actor, edition.documentId, 'edition.publish').catch((e) => {
    throw e?.code === 'not_found' ? notFound('Edition') : e;
  });
  const saved = await db.edition.update({ where: { id: editionId }, data: { hidden: input.hidden } });
  return presentEdition(saved);
}
