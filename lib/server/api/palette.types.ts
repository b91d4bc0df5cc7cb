// The command palette's query (GET /api/v1/search/palette).
import { z } from 'zod';

const Id = z.string().min(1).max(64);

export const ZPaletteQuery = z.object({
  /** What was typed; "#12" asks for segment 12 of the current document. */
  q: z.string().max(200).default(''),
  /** The page's project and document, if any: they scope "#12", the actions and the sidebar's documents. */
  project: Id.optional(),
  document: Id.optional(),
});
export type TPaletteQuery = z.infer<typeof ZPaletteQuery>;
