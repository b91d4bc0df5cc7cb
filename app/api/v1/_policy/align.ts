// Policy rows for the align endpoints (see types.ts and core.ts for the shape).
import type { PolicyRow } from './types';

export const ALIGN_ROWS: Record<string, PolicyRow> = {};
