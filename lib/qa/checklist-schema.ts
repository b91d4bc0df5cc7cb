// The checklist's zod schema, for the server's validation (lib/server/api/qa.types.ts). Apart from
// checklist.ts because the browser imports lib/qa's registry (project settings): zod's Function('')
// probe there is a CSP violation.
import { z } from 'zod';
import { MAX_CHECKLIST_ENTRIES, type ChecklistEntry } from './checklist';

export const ZChecklistEntry = z
  .object({
    pattern: z.string().min(1).max(500),
    /** A regular expression (RE2 syntax) rather than literal text. */
    regex: z.boolean().default(false),
    side: z.enum(['source', 'target', 'both']),
    message: z.string().trim().min(1).max(300),
    severity: z.enum(['error', 'warning']).default('warning'),
    /** Literal and regex patterns ignore letter case unless this is set. */
    caseSensitive: z.boolean().default(false),
  })
  .strict();
export const ZChecklist = z.array(ZChecklistEntry).max(MAX_CHECKLIST_ENTRIES);
export type ChecklistEntryInput = z.input<typeof ZChecklistEntry>;

// The schema and the interface describe the same entry.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const entryTypesAgree: Same<z.infer<typeof ZChecklistEntry>, ChecklistEntry> = true;
