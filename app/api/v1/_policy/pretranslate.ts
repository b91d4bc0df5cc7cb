// Policy rows for the pretranslate endpoints (see types.ts and core.ts for the shape).
import type { PolicyRow } from './types';

export const PRETRANSLATE_ROWS: Record<string, PolicyRow> = {};
