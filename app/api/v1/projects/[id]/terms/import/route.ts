import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { readMultipartUpload } from '@/lib/server/http/upload';
import { requireProject } from '@/lib/server/projects/access';
import { importTerms, MAX_GLOSSARY_BYTES } from '@/lib/server/terms/exchange-terms';

export const POST = handle(API.importTerms, async ({ actor, params, query, req }) => {
  await requireProject(actor, params.id!, 'term.write');
  const upload = await readMultipartUpload(req, MAX_GLOSSARY_BYTES, 'glossary file');
  return importTerms(actor, params.id!, upload, query.format);
});
