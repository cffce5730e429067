export { MessageType, SyncType, AuthType } from './message-type.js';
export { CloseCode, clampCloseReason } from './close-code.js';
export { ProtocolError } from './protocol-error.js';
export {
  decodeMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  encodeAwareness,
  encodeQueryAwareness,
  encodePermissionDenied,
  type Message,
} from './codec.js';
export { decodeAwarenessUpdate, encodeAwarenessUpdate, type AwarenessEntry } from './awareness.js';
export {
  checkCursor,
  cursorPosition,
  CURSOR_FIELDS,
  CURSOR_ROOT_NAME,
  type CursorPositionJson,
  type IdJson,
} from './cursor.js';
