export { actions, permissions, roleAllows, audienceExempt, actionPhrases, rolePlurals, type Action } from './policy.js';
export { authorize, reasons, type Principal, type Resource, type Decision } from './authorize.js';
export { authorizeCommentChange, authorizeThreadStatus, type CommentChange } from './comments.js';
