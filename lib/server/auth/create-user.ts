import 'server-only';
import { db } from '../db/client';
import { AppError } from '../errors';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password';

export async function createUser(input: { email: string; password: string; name?: string }) {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email))
    throw new AppError('validation_failed', `"${input.email}" is not an email address.`).because('invalid_email', { email: input.email });
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError('validation_failed', `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`).because(
      'password_too_short',
      { min: MIN_PASSWORD_LENGTH },
    );
  }
  const existing = await db.user.findUnique({ where: { email } });
  if (existing) throw new AppError('conflict', `An account for ${email} already exists.`).because('account_exists', { email });
  const user = await db.user.create({
    data: { email, name: input.name?.trim() || email.split('@')[0]!, passwordHash: await hashPassword(input.password) },
  });
  return { id: user.id, email: user.email, name: user.name };
}
