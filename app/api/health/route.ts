import { API } from '@/lib/server/api/endpoints';
import { databaseHealth } from '@/lib/server/system/health';
import { handle } from '@/lib/server/http/handler';

export const dynamic = 'force-dynamic';

export const GET = handle(API.health, () => databaseHealth());
