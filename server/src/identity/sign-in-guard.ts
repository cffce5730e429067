/**
 * Sign-in limits that cannot lock a person out. Failures are counted per email *and*
 * address: an address that keeps guessing a password is refused (429), while the person
 * signing in from anywhere else is not. Failures per email from all addresses together only
 * slow the attempts for that email down (a fixed delay), so a spray from many addresses
 * costs the attacker time and never keeps the right password out.
 *
 * The same per-email count bounds the audit log: while an email is being slowed down, its
 * failures are counted instead of written one by one, and so are failures over an
 * instance-wide budget (a spray over many emails); the next failure that is written says how
 * many went unwritten. Rows added by an attack are thus bounded by time, not by requests.
 */
import { TokenBucket } from '../limits/token-bucket.js';

/** A rate: `burst` failures at once, refilled at `perSecond`. */
export interface FailureRate {
  perSecond: number;
  burst: number;
}

export interface SignInGuardOptions {
  /** Failures per email and address before that address is refused; and per email before attempts are slowed. */
  failures: FailureRate;
  /** How long an attempt for an email under attack waits. Default 1 s. */
  slowMs?: number;
  /** Failures written to the audit log instance-wide. Default 10 × `failures`. */
  auditBudget?: FailureRate;
  /** Most keys remembered per table (oldest forgotten first). Default 100 000. */
  maxKeys?: number;
}

/** What to do with an attempt before the password is checked. */
export type Verdict = { refuse: true; retryAfterSeconds: number } | { refuse: false; delayMs: number };

/** Whether to write a failure to the audit log, and how many earlier ones were not. */
export interface FailureRecord {
  audit: boolean;
  unauditedBefore: number;
}

/** Buckets by key with bounded memory; a full bucket carries no information and is forgotten. */
class Buckets {
  readonly #map = new Map<string, TokenBucket>();
  readonly #rate: FailureRate;
  readonly #maxKeys: number;
  #sweptAt = 0;

  constructor(rate: FailureRate, maxKeys: number) {
    this.#rate = rate;
    this.#maxKeys = maxKeys;
  }

  /** Milliseconds until `key` has a token again (0: it has one now). */
  waitMs(key: string, now: number): number {
    return this.#map.get(key)?.waitMs(1, now) ?? 0;
  }

  /** Spends a token of `key`; false if there was none. */
  spend(key: string, now: number): boolean {
    this.#sweep(now);
    let bucket = this.#map.get(key);
    if (!bucket) {
      if (this.#map.size >= this.#maxKeys) this.#map.delete(this.#map.keys().next().value!);
      bucket = new TokenBucket(this.#rate.perSecond, this.#rate.burst, now);
      this.#map.set(key, bucket);
    }
    return bucket.take(1, now);
  }

  #sweep(now: number): void {
    if (now - this.#sweptAt < 10_000) return;
    this.#sweptAt = now;
    for (const [key, bucket] of this.#map) if (bucket.full(now)) this.#map.delete(key);
  }
}

/**
 * What the sign-in route asks: {@link SignInGuard} in one process, or a guard whose counts are
 * shared by every instance (cluster/shared-sign-in-guard.ts, over Redis) — so an attacker
 * spreading guesses over instances behind a load balancer gets no more tries.
 */
export interface SignInLimits {
  check(email: string, ip: string): Verdict | Promise<Verdict>;
  failed(email: string, ip: string): FailureRecord | Promise<FailureRecord>;
}

/** Failures counted in this process's memory. */
export class SignInGuard implements SignInLimits {
  readonly #pairs: Buckets;
  readonly #emails: Buckets;
  readonly #audit: TokenBucket;
  readonly #slowMs: number;
  #unaudited = 0;

  constructor(options: SignInGuardOptions, now = Date.now()) {
    const maxKeys = options.maxKeys ?? 100_000;
    this.#pairs = new Buckets(options.failures, maxKeys);
    this.#emails = new Buckets(options.failures, maxKeys);
    const budget = options.auditBudget ?? {
      perSecond: options.failures.perSecond * 10,
      burst: options.failures.burst * 10,
    };
    this.#audit = new TokenBucket(budget.perSecond, budget.burst, now);
    this.#slowMs = options.slowMs ?? 1000;
  }

  /** Before checking a password: refuse an address that has failed too often for this email, slow down an email under attack. */
  check(email: string, ip: string, now = Date.now()): Verdict {
    const wait = this.#pairs.waitMs(pairKey(email, ip), now);
    if (wait > 0) return { refuse: true, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
    return { refuse: false, delayMs: this.#emails.waitMs(emailKey(email), now) > 0 ? this.#slowMs : 0 };
  }

  /** After a wrong password: counts it, and says whether it goes to the audit log. */
  failed(email: string, ip: string, now = Date.now()): FailureRecord {
    this.#pairs.spend(pairKey(email, ip), now);
    const withinEmail = this.#emails.spend(emailKey(email), now);
    if (withinEmail && this.#audit.take(1, now)) {
      const unauditedBefore = this.#unaudited;
      this.#unaudited = 0;
      return { audit: true, unauditedBefore };
    }
    this.#unaudited++;
    return { audit: false, unauditedBefore: 0 };
  }

  /** Failures not written to the audit log since the last one that was. */
  get unaudited(): number {
    return this.#unaudited;
  }
}

// Emails are compared case-insensitively everywhere (the column is NOCASE).
/** The key failures of an email are counted under, whatever its case. */
export const emailKey = (email: string) => email.trim().toLowerCase();
/** The key failures of an email from one address are counted under. */
export const pairKey = (email: string, ip: string) => `${emailKey(email)}\n${ip}`;
