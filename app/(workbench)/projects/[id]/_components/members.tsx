'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { call } from '@/app/_components/api-client/client';
import type { TMember } from '@/lib/server/presenters/project';
import { useErrorText } from '@/app/_components/use-error-text';
import { EmailRoleForm } from './email-role-form';

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
        <EmailRoleForm
          idPrefix="member"
          roles={ROLES}
          emailLabel={t('memberEmail')}
          roleLabel={t('role')}
          submitLabel={t('addSubmit')}
          style={{ marginTop: '1rem' }}
          onSubmit={(body, form) =>
            void run(async () => {
              await call('addMember', { params: { id: projectId }, body });
              form.reset();
            })
          }
        />
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
