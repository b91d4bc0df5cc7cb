import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { exportTerms } from '@/lib/server/terms/exchange-terms';

export const GET = handle(API.exportTerms, async ({ actor, params, query }) => {
  const file = await exportTerms(actor, params.id!, query.format);
  return new Response(file.body, {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      'cache-control': 'no-store',
    },
  });
});
