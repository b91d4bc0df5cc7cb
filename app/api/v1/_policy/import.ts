// Policy rows for the import endpoints (see types.ts and core.ts for the shape).
import type { PolicyRow } from './types';

export const IMPORT_ROWS: Record<string, PolicyRow> = {};
