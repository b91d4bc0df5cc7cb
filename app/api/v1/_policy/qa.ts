// Policy rows for the qa endpoints (see types.ts and core.ts for the shape).
import type { PolicyRow } from './types';

export const QA_ROWS: Record<string, PolicyRow> = {};
