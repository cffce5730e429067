/**
 * The sign-in limits of identity/sign-in-guard.ts with the failure counts in Redis, shared by
 * every instance: behind a load balancer, an address guessing a password gets the same number
 * of tries however its requests are spread.
 *
 * Counts are fixed windows (INCR, with the expiry set by the first failure): `burst` failures
 * per window of `burst / perSecond` seconds — the time the in-memory token bucket takes to
 * refill — refuse the address for that email until the window ends, and slow the email down
 * when counted over all addresses. The audit budget (how many failures are written to the
 * audit log) stays per instance, as its name says. Keys hold a hash of the email, not the
 * email. If Redis cannot answer, the instance's own in-memory guard decides meanwhile: a
 * Redis outage must neither lock everyone out nor lift the limits.
 */
import {
  emailKey,
  type FailureRate,
  type FailureRecord,
  pairKey,
  SignInGuard,
  type SignInGuardOptions,
  type SignInLimits,
  type Verdict,
} from '../identity/sign-in-guard.js';
import { TokenBucket } from '../limits/token-bucket.js';
import type { Logger } from '../logger.js';
import type { RedisBus } from './redis-bus.js';

export interface SharedSignInGuardOptions extends SignInGuardOptions {
  bus: RedisBus;
  logger: Logger;
}

export class SharedSignInGuard implements SignInLimits {
  readonly #bus: RedisBus;
  readonly #log: Logger;
  readonly #failures: FailureRate;
  readonly #windowMs: number;
  readonly #slowMs: number;
  readonly #audit: TokenBucket;
  /** Decides while Redis does not answer. */
  readonly #local: SignInGuard;
  #unaudited = 0;
  #failing = false;

  constructor(options: SharedSignInGuardOptions) {
    this.#bus = options.bus;
    this.#log = options.logger;
    this.#failures = options.failures;
    this.#windowMs = Math.max(1_000, Math.round((options.failures.burst / options.failures.perSecond) * 1000));
    this.#slowMs = options.slowMs ?? 1000;
    const budget = options.auditBudget ?? {
      perSecond: options.failures.perSecond * 10,
      burst: options.failures.burst * 10,
    };
    this.#audit = new TokenBucket(budget.perSecond, budget.burst, Date.now());
    this.#local = new SignInGuard(options);
  }

  async check(email: string, ip: string): Promise<Verdict> {
    if (!this.#reachable()) return this.#local.check(email, ip);
    const pair = this.#key('pair', pairKey(email, ip));
    const all = this.#key('email', emailKey(email));
    try {
      const [[, pairCount], [, pairTtl], [, emailCount]] = (await this.#bus.commands
        .multi()
        .get(pair)
        .pttl(pair)
        .get(all)
        .exec()) as [[unknown, string | null], [unknown, number], [unknown, string | null]];
      this.#recovered();
      if (Number(pairCount ?? 0) >= this.#failures.burst) {
        return { refuse: true, retryAfterSeconds: Math.max(1, Math.ceil(Math.max(0, pairTtl) / 1000)) };
      }
      return { refuse: false, delayMs: Number(emailCount ?? 0) >= this.#failures.burst ? this.#slowMs : 0 };
    } catch (error) {
      this.#failed(error);
      return this.#local.check(email, ip);
    }
  }

  async failed(email: string, ip: string): Promise<FailureRecord> {
    if (!this.#reachable()) return this.#local.failed(email, ip);
    const pair = this.#key('pair', pairKey(email, ip));
    const all = this.#key('email', emailKey(email));
    let withinEmail: boolean;
    try {
      const results = (await this.#bus.commands
        .multi()
        .incr(pair)
        .pexpire(pair, this.#windowMs, 'NX')
        .incr(all)
        .pexpire(all, this.#windowMs, 'NX')
        .exec()) as Array<[unknown, number]>;
      this.#recovered();
      withinEmail = results[2]![1] <= this.#failures.burst;
    } catch (error) {
      this.#failed(error);
      return this.#local.failed(email, ip);
    }
    if (withinEmail && this.#audit.take(1, Date.now())) {
      const unauditedBefore = this.#unaudited;
      this.#unaudited = 0;
      return { audit: true, unauditedBefore };
    }
    this.#unaudited++;
    return { audit: false, unauditedBefore: 0 };
  }

  #key(kind: string, value: string): string {
    return this.#bus.hashedKey(`signin:${kind}`, value);
  }

  /** A sign-in does not wait for Redis to come back: while it is away, the local guard answers at once. */
  #reachable(): boolean {
    if (this.#bus.commands.status === 'ready') return true;
    this.#failed(new Error(`the Redis connection is ${this.#bus.commands.status}`));
    return false;
  }

  #failed(error: unknown): void {
    if (this.#failing) return;
    this.#failing = true;
    this.#log.error(
      'could not reach Redis for the shared sign-in limits; this instance counts failures on its own until it is back (check ACCORD_REDIS_URL)',
      { error },
    );
  }

  #recovered(): void {
    if (!this.#failing) return;
    this.#failing = false;
    this.#log.info('the shared sign-in limits reach Redis again');
  }
}
