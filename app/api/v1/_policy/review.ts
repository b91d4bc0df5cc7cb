// Policy rows for the review endpoints (see types.ts and core.ts for the shape).
import type { PolicyRow } from './types';

export const REVIEW_ROWS: Record<string, PolicyRow> = {};
