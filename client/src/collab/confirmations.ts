/**
 * Which local changes the server has confirmed. y-websocket has no acknowledgement per update,
 * but Accord's server handles one connection's frames in order and answers every sync step 1
 * with a step 2: a step 1 sent after some updates, once answered, proves the server processed
 * them (a refused update closes the socket instead, and the answer never comes). The session
 * sends such a probe shortly after local edits and counts the edits as unconfirmed until then.
 */
export class Confirmations {
  /** Local changes written to the open connection, as a running count. */
  #sent = 0;
  #confirmed = 0;
  /** For each probe not answered yet, oldest first: `#sent` when it went out. */
  #probes: number[] = [];

  /** Local changes sent on the open connection and not confirmed yet. */
  get pending(): number {
    return this.#sent - this.#confirmed;
  }

  /** Whether a probe is needed: something is pending that no outstanding probe covers. */
  get needsProbe(): boolean {
    return this.pending > 0 && this.#probes.at(-1) !== this.#sent;
  }

  /** `count` local changes went out on the open connection. */
  sent(count = 1): void {
    this.#sent += count;
  }

  /** A probe goes out now: its answer will confirm everything sent so far. */
  probe(): void {
    this.#probes.push(this.#sent);
  }

  /** A sync step 2 answered the oldest probe. False when no probe was waiting (not ours). */
  answered(): boolean {
    const upTo = this.#probes.shift();
    if (upTo === undefined) return false;
    this.#confirmed = Math.max(this.#confirmed, upTo);
    return true;
  }

  /**
   * The connection dropped: its answers will never come. Returns how many changes may or may
   * not have arrived (the caller counts them as unsent; the next handshake resends them).
   */
  dropped(): number {
    const unknown = this.pending;
    this.#probes = [];
    this.#confirmed = this.#sent;
    return unknown;
  }
}
