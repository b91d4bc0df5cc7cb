// The project dashboard's query (GET /api/v1/projects/:id/dashboard).
import { z } from 'zod';

export const ZDashboardQuery = z.object({
  /** How many weeks of work to chart, ending with the current one. */
  weeks: z.coerce.number().int().min(1).max(26).default(8),
});
export type TDashboardQuery = z.infer<typeof ZDashboardQuery>;
