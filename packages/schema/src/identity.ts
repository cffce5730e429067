import * as z from 'zod';
import { fieldMessage, atMost, atLeast } from './field-messages.js';
import { Id } from './ids.js';

/**
 * A person's role in one workspace. Ordered from most to least power, but permissions are
 * decided by the table in `server/src/authz/policy.ts`, never by comparing positions here.
 */
export const Role = z.enum(['secretariat', 'coordinator', 'member', 'contributor', 'observer']);
export type Role = z.infer<typeof Role>;

/**
 * A stakeholder group's id: a lower-case slug. The defaults are seeded by the identity
 * migration; the secretariat may add more, so this is a format, not an enum.
 */
export const StakeholderGroupId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, fieldMessage('errors.field.groupId'))
  .max(64, atMost(64));
export type StakeholderGroupId = z.infer<typeof StakeholderGroupId>;

/** The stakeholder groups every installation starts with. */
export const defaultStakeholderGroups = [
  { id: 'government', name: 'Government' },
  { id: 'private-sector', name: 'Private sector' },
  { id: 'civil-society', name: 'Civil society' },
  { id: 'technical-community', name: 'Technical community' },
  { id: 'intergovernmental', name: 'Intergovernmental organisation' },
  { id: 'academia', name: 'Academia' },
] as const satisfies readonly { id: StakeholderGroupId; name: string }[];

/** One line of visible text: trimmed, not empty, no control characters. */
const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1, fieldMessage('errors.field.empty'))
    .max(max, atMost(max))
    .refine((t) => !/[\u0000-\u001f\u007f]/.test(t), fieldMessage('errors.field.oneLine'));

/**
 * An email address, trimmed and lower-cased so that one mailbox is one person. The check is
 * deliberately modest (one `@`, a dotted domain, no spaces): the address is proven by the
 * invitation mail, not by a regex.
 */
export const Email = z
  .string()
  .trim()
  .max(254, atMost(254))
  .toLowerCase()
  .regex(/^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/, fieldMessage('errors.field.email'));
export type Email = z.infer<typeof Email>;

/** ISO 3166-1 alpha-2 country code, upper case (`BR`, `KE`); lower case input is accepted. */
export const CountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, fieldMessage('errors.field.country'));
export type CountryCode = z.infer<typeof CountryCode>;

/** Length limits of passwords, shared by the schema and the hasher. */
export const passwordLimits = { min: 10, max: 1024 } as const;

/** A password as typed: not trimmed (spaces are characters too), of bounded length. */
export const Password = z
  .string()
  .min(passwordLimits.min, atLeast(passwordLimits.min))
  .max(passwordLimits.max, atMost(passwordLimits.max));

/** A person as the API shows them; never includes credentials. */
export const Person = z.object({
  id: Id,
  email: Email,
  name: z.string(),
  stakeholderGroup: StakeholderGroupId,
  affiliation: z.string().nullable(),
  country: CountryCode.nullable(),
  createdAt: z.string(),
});
export type Person = z.infer<typeof Person>;

/**
 * A person as shown beside what they wrote or did (a comment, a status change, a saved
 * version): name and current stakeholder group, never their email.
 */
export const PersonShown = z.object({ id: Id, name: z.string(), stakeholderGroup: StakeholderGroupId });
export type PersonShown = z.infer<typeof PersonShown>;

/** Body of `POST /api/session` (sign-in). */
export const SignInBody = z
  .object({
    email: Email,
    // Not `Password`: a sign-in with a too-short password is simply wrong, and must not tell
    // an attacker the length rules apply to this account.
    password: z.string().min(1, fieldMessage('errors.field.empty')).max(passwordLimits.max, atMost(passwordLimits.max)),
  })
  .strict();
export type SignInBody = z.input<typeof SignInBody>;

/** Body of `POST /api/workspaces/:workspaceId/people` (secretariat adds a person). */
export const CreatePersonBody = z
  .object({
    email: Email,
    name: line(200),
    stakeholderGroup: StakeholderGroupId,
    affiliation: line(200).optional(),
    country: CountryCode.optional(),
    role: Role.optional(),
  })
  .strict();
export type CreatePersonBody = z.input<typeof CreatePersonBody>;

/** Body of `PUT /api/workspaces/:workspaceId/people/:personId/role`. */
export const SetRoleBody = z.object({ role: Role }).strict();
export type SetRoleBody = z.input<typeof SetRoleBody>;

/** One line of the append-only audit log. `actorPersonId` is null for the CLI and the system. */
export const AuditEntry = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  actorPersonId: z.string().nullable(),
  action: z.string(),
  workspaceId: z.string().nullable(),
  target: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
