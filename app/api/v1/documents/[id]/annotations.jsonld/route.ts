import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { annotationsJsonLdResponse } from '@/lib/server/review/quality-report';

export const GET = handle(API.documentAnnotationsJsonLd, async ({ actor, params, req }) =>
  annotationsJsonLdResponse(actor, params.id!, new URL(req.url).origin),
);
