import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { qualityReport, qualityReportCsv } from '@/lib/server/review/quality-report';

export const GET = handle(API.documentQuality, async ({ actor, params, query }) =>
  query.format === 'csv' ? qualityReportCsv(actor, params.id!) : qualityReport(actor, params.id!),
);
