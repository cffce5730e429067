export { Id } from './ids.js';
export { Workspace } from './workspace.js';
export { DocumentKind, DocumentRecord, DocumentTitle, CreateDocumentBody } from './document.js';
export { ApiError, WorkspaceList, DocumentList, Health } from './api.js';
export { ContentFormat, ContentBlock, DocumentContent } from './content.js';
export {
  Role,
  StakeholderGroupId,
  defaultStakeholderGroups,
  Email,
  CountryCode,
  Password,
  passwordLimits,
  Person,
  SignInBody,
  CreatePersonBody,
  SetRoleBody,
  AuditEntry,
} from './identity.js';
export {
  Action,
  Access,
  WorkspaceWithAccess,
  DocumentWithAccess,
  Session,
  WorkspacePerson,
  PeopleList,
  StakeholderGroup,
  StakeholderGroupList,
  CreateStakeholderGroupBody,
  CreateInvitationBody,
  CreatedInvitation,
  InvitationInfo,
  AcceptInvitationBody,
  CreateTokenBody,
  CreatedToken,
  RevokeTokenBody,
  AuditList,
} from './access.js';
export {
  BlockId,
  RelativePositionJson,
  Quote,
  CommentAnchor,
  CommentText,
  CommentAuthor,
  Comment,
  ThreadStatus,
  CommentThread,
  CommentThreadList,
  CreateThreadBody,
  ReplyBody,
  EditCommentBody,
  ThreadEvent,
  ThreadHistory,
  CommentLiveEvent,
  MentionablePeople,
} from './comments.js';
