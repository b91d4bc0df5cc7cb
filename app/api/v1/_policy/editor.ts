// Policy rows for the editor endpoints (see types.ts and core.ts for the shape).
import type { PolicyRow } from './types';

export const EDITOR_ROWS: Record<string, PolicyRow> = {};
