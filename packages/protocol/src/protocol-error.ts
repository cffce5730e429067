/** A frame that does not follow the protocol. The message says what was wrong, for the close reason. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
}
