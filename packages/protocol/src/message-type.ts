/**
 * Numbers on the wire of the y-websocket protocol. Every frame starts with a message type;
 * a sync message carries a sync type next. These values are fixed by y-websocket and
 * y-protocols; changing one breaks every stock client.
 */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** The second number of a sync message. */
export const SyncType = {
  /** "Here is my state vector, send me what I lack." */
  Step1: 0,
  /** The answer to step 1: an update with everything the asker lacks. */
  Step2: 1,
  /** An incremental document update. */
  Update: 2,
} as const;
export type SyncType = (typeof SyncType)[keyof typeof SyncType];

/** The second number of an auth message; y-protocols defines only this one. */
export const AuthType = {
  PermissionDenied: 0,
} as const;
