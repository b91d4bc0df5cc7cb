import { z } from 'zod';
import { ROLES } from '../../workflow/segment-states';

export const ZLanguage = z
  .string()
  .trim()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'use a BCP 47 language tag such as "en" or "ko"');

export const ZRole = z.enum(ROLES);

export const ZCreateProjectRequest = z.object({
  name: z.string().trim().min(1).max(200),
  sourceLang: ZLanguage.default('en'),
  targetLang: ZLanguage.default('ko'),
});
export type TCreateProjectRequest = z.infer<typeof ZCreateProjectRequest>;

export const ZAddMemberRequest = z.object({
  email: z.string().trim().min(3).max(320),
  role: ZRole,
});
export type TAddMemberRequest = z.infer<typeof ZAddMemberRequest>;

export const ZUpdateMemberRequest = z.object({ role: ZRole });
