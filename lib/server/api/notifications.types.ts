import { z } from 'zod';

export const ZListNotificationsQuery = z.object({ unread: z.enum(['0', '1']).optional() });

export const ZMarkReadRequest = z.union([
  z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(500) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type TMarkReadRequest = z.infer<typeof ZMarkReadRequest>;
