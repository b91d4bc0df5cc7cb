import 'server-only';
// Reviewers may change a segment's target only where the project allows it
// (settings.reviewersMayEdit, default true). Owners and translators are not affected.
import type { Role } from '../../workflow/segment-states';
import { db } from '../db/client';
import { AppError } from '../errors';
import { readSettings } from '../projects/settings';

export async function assertReviewerMayEdit(role: Role, projectId: string): Promise<void> {
  if (role !== 'REVIEWER') return;
  const project = await db.project.findUnique({ where: { id: projectId }, select: { settings: true } });
  if (!readSettings(project?.settings).reviewersMayEdit) {
    throw new AppError('forbidden', 'In this project reviewers do not edit translations; annotate the segment or reject it with a reason instead.');
  }
}
