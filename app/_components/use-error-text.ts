'use client';
// The interface's words for a failed request (lib/ui/errors/error-text.ts): the server's reason
// translated with its params (a role or a segment state in the params is translated too).
import { useLocale, useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { describeError, isNetworkFailure, type ErrorLike, type ErrorParams } from '@/lib/ui/errors/error-text';
import { ApiError } from './api';

type Tr = ReturnType<typeof useTranslations>;

function localParams(params: ErrorParams | undefined, roles: Tr, states: Tr): ErrorParams | undefined {
  if (!params) return params;
  const out: ErrorParams = { ...params };
  const role = String(params.role ?? '').toUpperCase();
  if (role && roles.has(role)) out.role = roles(role);
  const state = String(params.state ?? '').toUpperCase();
  if (state && states.has(state)) out.state = states(state);
  return out;
}

export function useErrorText(): (err: unknown) => string {
  const t = useTranslations('errors');
  const roles = useTranslations('roles');
  const states = useTranslations('states');
  const locale = useLocale();
  return useCallback(
    (err: unknown) => {
      if (isNetworkFailure(err)) return t('network');
      const e: ErrorLike | null = err instanceof ApiError ? err : null;
      if (!e) return err instanceof Error ? err.message : String(err);
      return describeError(
        e,
        {
          has: (k) => t.has(k),
          format: (k, p) => t(k, localParams(p, roles, states)),
        },
        locale,
      );
    },
    [t, roles, states, locale],
  );
}
