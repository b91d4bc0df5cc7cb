import { API } from '@/lib/server/api/endpoints';
import { handle } from '@/lib/server/http/handler';
import { searchPalette } from '@/lib/server/search/palette';

export const dynamic = 'force-dynamic';

export const GET = handle(API.searchPalette, ({ actor, query }) => searchPalette(actor, query));
