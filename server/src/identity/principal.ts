/**
 * From a verified credential to the `Principal` the authorization module decides on. Kept
 * apart from both: authz stays pure (no storage), the store stays free of policy.
 */
import type { Principal } from '../authz/authorize.js';
import type { SqlPeopleStore } from './people-store.js';

/** The person's current roles in every workspace; call again after a role change, never cache across one. */
export async function loadPrincipal(store: Pick<SqlPeopleStore, 'rolesOf'>, personId: string): Promise<Principal> {
  return { personId, roles: await store.rolesOf(personId) };
}
