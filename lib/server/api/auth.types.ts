import { z } from 'zod';

export const ZSignInRequest = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
});

export const ZCreateApiTokenRequest = z.object({ name: z.string().trim().min(1).max(100) });
