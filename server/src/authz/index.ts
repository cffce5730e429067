export { actions, permissions, roleAllows, audienceExempt, actionPhrases, rolePlurals, type Action } from './policy.js';
export { authorize, reasons, type Principal, type Resource, type Decision } from './authorize.js';
