// Policy rows for the publish endpoints (see types.ts and core.ts for the shape).
import type { PolicyRow } from './types';

export const PUBLISH_ROWS: Record<string, PolicyRow> = {};
