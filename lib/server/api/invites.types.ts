import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../auth/password';
import { ZRole } from './projects.types';

export const ZCreateInviteRequest = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(320)
    .regex(/^[^\s@]+@[^\s@]+$/, 'an email address such as name@example.org'),
  role: ZRole,
});
export type TCreateInviteRequest = z.infer<typeof ZCreateInviteRequest>;

/** Opening an invite link: signed in, the account joins; signed out, a new account is made with a name and password. */
export const ZAcceptInviteRequest = z.object({
  token: z.string().min(20).max(200),
  name: z.string().trim().min(1).max(100).optional(),
  password: z.string().min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`).max(1024).optional(),
});
export type TAcceptInviteRequest = z.infer<typeof ZAcceptInviteRequest>;
