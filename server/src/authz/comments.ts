/**
 * Decisions about comments that depend on who wrote what, made here and nowhere else: the
 * role rules come from the table in policy.ts through `authorize`, and ownership is added on
 * top. A comment belongs to its author: only they edit or delete it, and only while their
 * role still lets them comment. A thread's status is changed by whoever may moderate
 * comments (`comment.moderate`) or by the thread's author while they may comment.
 */
import { authorize, reasons, type Decision, type Principal, type Resource } from './authorize.js';
import { rolePlurals } from './policy.js';

/** The changes people make to a comment they wrote. */
export type CommentChange = 'edit' | 'delete';

/** May `principal` edit or delete the comment `authorId` wrote, on this document? */
export function authorizeCommentChange(
  principal: Principal | undefined,
  change: CommentChange,
  resource: Resource,
  authorId: string,
): Decision {
  const mayComment = authorize(principal, 'comment.create', resource);
  if (!mayComment.allowed) return mayComment;
  if (principal!.personId !== authorId)
    return {
      allowed: false,
      reason: `you cannot ${change} someone else’s comment; only its author can`,
      ref: { key: 'errors.forbidden.othersComment', values: { change } },
    };
  return mayComment;
}

/** May `principal` resolve or reopen the thread `threadAuthorId` opened, on this document? */
export function authorizeThreadStatus(
  principal: Principal | undefined,
  resource: Resource,
  threadAuthorId: string,
): Decision {
  const moderate = authorize(principal, 'comment.moderate', resource);
  if (moderate.allowed) return moderate;
  const mayComment = authorize(principal, 'comment.create', resource);
  // Not signed in, no role in the workspace, outside the audience: the same refusal as any action.
  if (!mayComment.allowed && Object.values<string>(reasons).includes(mayComment.reason)) return mayComment;
  if (mayComment.allowed && principal!.personId === threadAuthorId) return mayComment;
  const role = principal!.roles.get(resource.workspaceId)!;
  return {
    allowed: false,
    reason: `${rolePlurals[role]} cannot resolve or reopen someone else’s thread; its author, coordinators and the secretariat can`,
    ref: { key: 'errors.forbidden.othersThread', values: { role } },
  };
}
