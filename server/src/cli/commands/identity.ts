/**
 * `accord user add`, `accord token`, `accord role set`: people and access without a running
 * server. Each records an audit entry with a null actor, which the audit log shows as "cli"
 * (whoever can run this can read the database file anyway).
 */
import { CreatePersonBody, Email, Role, type Person } from '@accord/schema';
import { IdentityError } from '../../identity/errors.js';
import { englishIssue } from '../../i18n/zod.js';
import { SqlPeopleStore } from '../../identity/people-store.js';
import { SqlSessionStore } from '../../identity/session-store.js';
import { PasswordPolicyError } from '../../identity/passwords.js';
import { SqlRecordStore } from '../../storage/record-store.js';
import type { SqlDatabase } from '../../storage/sql/types.js';
import { UsageError, out, required } from '../support.js';

/** The parsed flags these commands read. */
export interface IdentityFlags {
  email?: string | undefined;
  name?: string | undefined;
  group?: string | undefined;
  affiliation?: string | undefined;
  country?: string | undefined;
  workspace?: string | undefined;
  role?: string | undefined;
  'password-stdin'?: boolean | undefined;
}

/** Usage lines, appended to the CLI's usage text. */
export const identityUsage = `  user add --email E --name N --group G [--affiliation A] [--country CC]
           [--workspace W --role ${Role.options.join('|')}] [--password-stdin]
                                        prints the new person's id on its last line
  token --email E [--name N]            a new API bearer token, printed on its last line
  token revoke                          revokes the token read from stdin (its sockets close within a second)
  user sign-out --email E               ends every browser session of a person
  role set --email E --workspace W --role R|none
                                        grants, changes or (none) removes a workspace role
`;

/** The commands this module answers. */
export const identityCommands = ['user add', 'token', 'token revoke', 'user sign-out', 'role set'] as const;

/** Runs one of {@link identityCommands}. */
export async function runIdentityCommand(
  command: (typeof identityCommands)[number],
  flags: IdentityFlags,
  sql: SqlDatabase,
): Promise<void> {
  const people = new SqlPeopleStore(sql);
  const sessions = new SqlSessionStore(sql);
  const records = new SqlRecordStore(sql);
  const workspaceOf = async (id: string) => {
    if (!(await records.getWorkspace(id)))
      throw new UsageError(`no workspace ${id}; list them with \`accord workspace list\``);
    return id;
  };
  const personOf = async (email: string): Promise<Person> => {
    const parsed = Email.safeParse(email);
    if (!parsed.success) throw new UsageError(`--email ${englishIssue(parsed.error.issues[0]?.message ?? '')}`);
    const person = await people.findPersonByEmail(parsed.data);
    if (!person) throw new UsageError(`no person with email ${parsed.data}; add them with \`accord user add\``);
    return person;
  };

  try {
    switch (command) {
      case 'user add': {
        if (Boolean(flags.workspace) !== Boolean(flags.role))
          throw new UsageError('--workspace and --role go together');
        const body = CreatePersonBody.safeParse({
          email: required(flags.email, '--email'),
          name: required(flags.name, '--name'),
          stakeholderGroup: required(flags.group, '--group'),
          ...(flags.affiliation !== undefined ? { affiliation: flags.affiliation } : {}),
          ...(flags.country !== undefined ? { country: flags.country } : {}),
          ...(flags.role !== undefined ? { role: flags.role } : {}),
        });
        if (!body.success)
          throw new UsageError(
            body.error.issues.map((i) => `--${flagOf(String(i.path[0]))} ${englishIssue(i.message)}`).join('; '),
          );
        const workspaceId = flags.workspace ? await workspaceOf(flags.workspace) : undefined;
        const { role, ...fields } = body.data;
        // One transaction with its audit entries; a bad password is refused before anything is written.
        const person = await people.addPerson(fields, {
          actorPersonId: null,
          via: 'cli',
          password: flags['password-stdin'] ? await readPassword() : undefined,
          grant: workspaceId && role ? { workspaceId, role } : undefined,
        });
        out(
          `created ${person.name} <${person.email}> (${person.stakeholderGroup})${workspaceId ? ` as ${role} in ${workspaceId}` : ''}`,
        );
        out(person.id);
        return;
      }
      case 'token': {
        const person = await personOf(required(flags.email, '--email'));
        const name = flags.name ?? 'cli';
        const token = await sessions.createApiToken(person.id, name, { actorPersonId: null, via: 'cli' });
        out(
          `API token "${name}" for ${person.email}; shown only now, keep it secret (Authorization: Bearer …, or ?token=… on the WebSocket):`,
        );
        out(token);
        return;
      }
      case 'token revoke': {
        // From stdin, not a flag: a secret in argv ends up in shell history and `ps`.
        const token = (await readStdin()).trim();
        if (!(await sessions.revokeApiToken(token, { actorPersonId: null, via: 'cli' })))
          throw new UsageError('no active token like the one given; it may already be revoked');
        out('token revoked');
        return;
      }
      case 'user sign-out': {
        const person = await personOf(required(flags.email, '--email'));
        const ended = await sessions.revokeSessionsOf(person.id, { actorPersonId: null, via: 'cli' });
        out(`${person.email}: ${ended} session${ended === 1 ? '' : 's'} ended`);
        return;
      }
      case 'role set': {
        const person = await personOf(required(flags.email, '--email'));
        const workspaceId = await workspaceOf(required(flags.workspace, '--workspace'));
        const wanted = required(flags.role, '--role');
        const role = wanted === 'none' ? null : Role.safeParse(wanted);
        if (role && !role.success) throw new UsageError(`--role must be one of ${Role.options.join(', ')} or none`);
        await people.changeRole(person.id, workspaceId, role ? role.data : null, { actorPersonId: null, via: 'cli' });
        out(
          role
            ? `${person.email} is now ${role.data} in ${workspaceId}`
            : `${person.email} now has no role in ${workspaceId}`,
        );
        return;
      }
    }
  } catch (error) {
    // The store's and the hasher's refusals are the operator's to fix, like usage errors.
    if (error instanceof IdentityError || error instanceof PasswordPolicyError) throw new UsageError(error.message);
    throw error;
  }
}

/** Schema field names back to the flags an operator typed. */
const flagOf = (field: string) => ({ stakeholderGroup: 'group' })[field] ?? field;

/** The whole of stdin. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The whole of stdin minus one trailing newline (what `echo` or a password manager pipes in). */
async function readPassword(): Promise<string> {
  const password = (await readStdin()).replace(/\r?\n$/, '');
  if (!password) throw new UsageError('--password-stdin read no password');
  return password;
}
