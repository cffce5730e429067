/**
 * A person's role, changeable by the secretariat: choose, then Save — a select that applied on
 * every change would fire while a keyboard user arrows through the options.
 */
import type { Role } from '@accord/schema';
import { useId, useState } from 'react';
import { ROLE_LABELS, ROLES } from '../access.js';
import { useSubmit } from '../forms/useSubmit.js';
import { useT } from '../i18n/useT.js';

export function RoleControl({
  name,
  role,
  onSave,
}: {
  name: string;
  role: Role;
  onSave: (role: Role) => Promise<void>;
}) {
  const t = useT();
  const id = useId();
  const [choice, setChoice] = useState<Role>(role);
  const changed = choice !== role;
  // The page shows why a change was refused; here the select only goes back to the role held.
  const { busy, run: save } = useSubmit(async () => {
    try {
      await onSave(choice);
    } catch (error) {
      setChoice(role);
      throw error;
    }
  });
  return (
    <div className="role-control">
      <label className="visually-hidden" htmlFor={id}>
        {t('shell.people.roleOf', { name })}
      </label>
      <select
        id={id}
        className="text-input select-input select-small"
        value={choice}
        onChange={(e) => setChoice(e.target.value as Role)}
        disabled={busy}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(ROLE_LABELS[r])}
          </option>
        ))}
      </select>
      {changed && (
        <>
          <button
            type="button"
            className="btn btn-primary btn-small"
            onClick={() => void save()}
            disabled={busy}
            aria-label={t('shell.people.saveRoleOf', { name })}
          >
            {busy ? t('common.saving') : t('common.save')}
          </button>
          <button
            type="button"
            className="btn btn-quiet btn-small"
            onClick={() => setChoice(role)}
            disabled={busy}
            aria-label={t('shell.people.keepRoleOf', { name })}
          >
            {t('common.cancel')}
          </button>
        </>
      )}
    </div>
  );
}
