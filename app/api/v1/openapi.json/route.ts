import { API } from '@/lib/server/api/endpoints';
import { openApiDocument } from '@/lib/server/api/openapi';
import { handle } from '@/lib/server/http/handler';

export const GET = handle(API.openapi, async () => openApiDocument());
