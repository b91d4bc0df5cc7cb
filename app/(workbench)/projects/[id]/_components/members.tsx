'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { call } from '@/app/_components/api-client/client';
import type { TMember } from '@/lib/server/presenters/project';
import { useErrorText } from '@/app/_components/use-error-text';

const ROLES = ['OWNER', 'TRANSLATOR', 'REVIEWER'] as const;
type Role = (typeof ROLES)[number];

export function Members({
  projectId,
  members,
  canManage,
  selfId,
}: {
  projectId: string;
  members: TMember[];
  canManage: boolean;
  selfId: string;
}) {
  const t = useTranslations('project');
  const errorText = useErrorText();
  const tr = useTranslations('roles');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);

  async function run(fn: () => Promise<unknown>) {
    setError(null);
    try {
      await fn();
      router.refresh();
    } catch (err) {
      setError(errorText(err));
    }
  }

  return (
    <div className="card">
      <table>
        <thead>
          <tr>
            <th>{t('memberEmail')}</th>
            <th>{t('role')}</th>
            {canManage && <th />}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.userId}>
              <td>
                {m.name} <span className="muted">{m.email}</span>
              </td>
              <td>
                {canManage ? (
                  <select
                    aria-label={t('changeRole', { name: m.name })}
                    defaultValue={m.role}
                    onChange={(e) =>
                      run(() =>
                        call('updateMember', { params: { id: projectId, userId: m.userId }, body: { role: e.target.value as Role } }),
                      )
                    }
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {tr(r)}
                      </option>
                    ))}
                  </select>
                ) : (
                  tr(m.role)
                )}
              </td>
              {canManage && (
                <td>
                  {m.userId !== selfId && (
                    <button
                      className="danger"
                      aria-label={t('removeMember', { name: m.name })}
                      onClick={() => run(() => call('removeMember', { params: { id: projectId, userId: m.userId } }))}
                    >
                      {t('remove')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {canManage && (
        <form
          className="row"
          style={{ marginTop: '1rem', alignItems: 'flex-end' }}
          onSubmit={(e) => {
            e.preventDefault();
            const form = e.currentTarget;
            const data = new FormData(form);
            void run(async () => {
              await call('addMember', {
                params: { id: projectId },
                body: { email: data.get('email') as string, role: data.get('role') as Role },
              });
              form.reset();
            });
          }}
        >
          <div className="field">
            <label htmlFor="member-email">{t('memberEmail')}</label>
            <input id="member-email" name="email" type="email" required />
          </div>
          <div className="field">
            <label htmlFor="member-role">{t('role')}</label>
            <select id="member-role" name="role" defaultValue="TRANSLATOR">
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {tr(r)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <button type="submit">{t('addSubmit')}</button>
          </div>
        </form>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
