/**
 * A person's role, changeable by the secretariat: choose, then Save — a select that applied on
 * every change would fire while a keyboard user arrows through the options.
 */
import type { Role } from '@accord/schema';
import { useId, useState } from 'react';
import { ROLE_LABELS, ROLES } from '../access.js';

export function RoleControl({
  name,
  role,
  onSave,
}: {
  name: string;
  role: Role;
  onSave: (role: Role) => Promise<void>;
}) {
  const id = useId();
  const [choice, setChoice] = useState<Role>(role);
  const [busy, setBusy] = useState(false);
  const changed = choice !== role;
  const save = async () => {
    setBusy(true);
    try {
      await onSave(choice);
    } catch {
      setChoice(role); // the page shows why
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="role-control">
      <label className="visually-hidden" htmlFor={id}>
        Role of {name}
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
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      {changed && (
        <>
          <button
            type="button"
            className="btn btn-primary btn-small"
            onClick={save}
            disabled={busy}
            aria-label={`Save role of ${name}`}
          >
            {busy ? 'Saving…' : 'Save'}
          </button>
          <button
            type="button"
            className="btn btn-quiet btn-small"
            onClick={() => setChoice(role)}
            disabled={busy}
            aria-label={`Keep role of ${name}`}
          >
            Cancel
          </button>
        </>
      )}
    </div>
  );
}
