export { CollabServer, type CollabServerOptions } from './collab-server.js';
export { Room, SERVER_ORIGIN, ServerWriteRefused, type RoomState } from './room.js';
export { Connection } from './connection.js';
export { Hooks } from './hooks.js';
export { ConnectionRefused } from './extension.js';
export type * from './extension.js';
