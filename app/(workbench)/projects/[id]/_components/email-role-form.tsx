'use client';
// The one form row that members and invites share: an email address, a role, a submit button.
// The caller says what submitting does; the form is handed back so it can be reset on success.
import { useTranslations } from 'next-intl';
import type { CSSProperties } from 'react';

type Role = 'OWNER' | 'TRANSLATOR' | 'REVIEWER';

export function EmailRoleForm({
  idPrefix,
  roles,
  emailLabel,
  roleLabel,
  submitLabel,
  style,
  onSubmit,
}: {
  idPrefix: string;
  roles: readonly Role[];
  emailLabel: string;
  roleLabel: string;
  submitLabel: string;
  style?: CSSProperties;
  onSubmit: (value: { email: string; role: Role }, form: HTMLFormElement) => void;
}) {
  const tr = useTranslations('roles');
  return (
    <form
      className="row"
      style={{ ...style, alignItems: 'flex-end' }}
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const data = new FormData(form);
        onSubmit({ email: data.get('email') as string, role: data.get('role') as Role }, form);
      }}
    >
      <div className="field">
        <label htmlFor={`${idPrefix}-email`}>{emailLabel}</label>
        <input id={`${idPrefix}-email`} name="email" type="email" required />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-role`}>{roleLabel}</label>
        <select id={`${idPrefix}-role`} name="role" defaultValue="TRANSLATOR">
          {roles.map((r) => (
            <option key={r} value={r}>
              {tr(r)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <button type="submit">{submitLabel}</button>
      </div>
    </form>
  );
}
