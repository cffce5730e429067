/**
 * A token bucket: `burst` tokens at most, refilled at `perSecond`. Rate limits are stated as
 * "N per second with bursts of M" because collaborative editing is bursty (a paste, a
 * reconnect with offline edits) while abuse is sustained.
 */
export class TokenBucket {
  readonly #perMs: number;
  readonly #burst: number;
  #tokens: number;
  #at: number;

  constructor(perSecond: number, burst: number, now = Date.now()) {
    this.#perMs = perSecond / 1000;
    this.#burst = burst;
    this.#tokens = burst;
    this.#at = now;
  }

  /** Takes `cost` tokens if there are enough; false (and nothing taken) otherwise. */
  take(cost = 1, now = Date.now()): boolean {
    this.#refill(now);
    if (this.#tokens < cost) return false;
    this.#tokens -= cost;
    return true;
  }

  /** Milliseconds until `cost` tokens are available (0 if they are now), for Retry-After. */
  waitMs(cost = 1, now = Date.now()): number {
    this.#refill(now);
    return this.#tokens >= cost ? 0 : Math.ceil((cost - this.#tokens) / this.#perMs);
  }

  /** Whether the bucket is full, i.e. forgetting it changes nothing. */
  full(now = Date.now()): boolean {
    this.#refill(now);
    return this.#tokens >= this.#burst;
  }

  #refill(now: number): void {
    if (now > this.#at) {
      this.#tokens = Math.min(this.#burst, this.#tokens + (now - this.#at) * this.#perMs);
      this.#at = now;
    }
  }
}
