import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { exportTermsDownload } from '@/lib/server/terms/exchange-terms';

export const GET = handle(API.exportTerms, ({ actor, params, query }) => exportTermsDownload(actor, params.id!, query.format));
