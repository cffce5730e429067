/** The people of a workspace as a table; role and removal controls only when the server allows them. */
import type { Role, StakeholderGroup, WorkspacePerson } from '@accord/schema';
import { FormattedMessage, useIntl } from 'react-intl';
import { ROLE_LABELS } from '../access.js';
import { groupLabel } from './groups.js';
import { Avatar } from '../components/Avatar.js';
import { countryName } from '../consult/countries.js';
import { useT } from '../i18n/useT.js';
import { identityOf } from '../identity.js';
import { RemoveControl } from './RemoveControl.js';
import { RoleControl } from './RoleControl.js';

export interface PeopleTableProps {
  people: readonly WorkspacePerson[];
  groups: readonly StakeholderGroup[];
  workspaceName: string;
  meId: string;
  canChangeRoles: boolean;
  onSetRole: (person: WorkspacePerson, role: Role) => Promise<void>;
  onRemove: (person: WorkspacePerson) => Promise<void>;
}

export function PeopleTable({
  people,
  groups,
  workspaceName,
  meId,
  canChangeRoles,
  onSetRole,
  onRemove,
}: PeopleTableProps) {
  const t = useT();
  const { locale } = useIntl();
  const names = new Map(groups.map((g) => [g.id, g.name]));
  const groupName = (id: string) => groupLabel(t, id, names);
  return (
    <div className="table-scroll">
      <table className="data-table people-table">
        <caption className="visually-hidden">
          <FormattedMessage id="shell.people.caption" values={{ workspace: <bdi>{workspaceName}</bdi> }} />
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('shell.field.name')}</th>
            <th scope="col">{t('shell.field.email')}</th>
            <th scope="col">{t('shell.field.stakeholderGroup')}</th>
            <th scope="col">{t('shell.field.affiliation')}</th>
            <th scope="col">{t('shell.field.country')}</th>
            <th scope="col">{t('shell.field.role')}</th>
            {canChangeRoles && (
              <th scope="col">
                <span className="visually-hidden">{t('shell.field.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {people.map((entry) => {
            const { person, role } = entry;
            const me = person.id === meId;
            return (
              <tr key={person.id} data-person-id={person.id} data-person={person.name}>
                <th scope="row" className="person-cell">
                  <Avatar name={person.name} color={identityOf(person).color} size="sm" />
                  <span>
                    {me ? (
                      <FormattedMessage
                        id="shell.people.nameYou"
                        values={{
                          name: <bdi>{person.name}</bdi>,
                          muted: (chunks) => <span className="muted">{chunks}</span>,
                        }}
                      />
                    ) : (
                      <bdi>{person.name}</bdi>
                    )}
                  </span>
                </th>
                <td className="email-cell">
                  <bdi>{person.email}</bdi>
                </td>
                <td>{groupName(person.stakeholderGroup)}</td>
                <td>{person.affiliation ? <bdi>{person.affiliation}</bdi> : <span className="muted">—</span>}</td>
                <td title={person.country ?? undefined}>
                  {person.country ? countryName(person.country, locale) : <span className="muted">—</span>}
                </td>
                <td data-role={role}>
                  {canChangeRoles && !me ? (
                    <RoleControl key={role} name={person.name} role={role} onSave={(next) => onSetRole(entry, next)} />
                  ) : (
                    t(ROLE_LABELS[role])
                  )}
                </td>
                {canChangeRoles && (
                  <td className="actions-cell">
                    {!me && <RemoveControl name={person.name} onRemove={() => onRemove(entry)} />}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
