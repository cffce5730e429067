/**
 * Configuration from the environment. Every variable has a default that works on a laptop;
 * a bad value stops the start with a message naming the variable and what it accepts.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import * as z from 'zod';
import { LogLevels, type LogLevel } from './logger.js';

/** The resolved configuration of one Accord process. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  maxMessageBytes: number;
  logLevel: LogLevel;
  /** How long an idle document stays in memory after its last connection left. */
  unloadGraceMs: number;
  /** Stored updates after which a document's log is compacted into one snapshot. */
  compactEvery: number;
  /** SQLite `synchronous`: `full` survives power loss, `normal` survives a crash of the process. */
  sqliteSync: 'full' | 'normal';
  /**
   * PostgreSQL to store everything in (`postgres://` or `postgresql://`), so that several
   * instances can serve the same documents; without it, SQLite in `dataDir`.
   */
  databaseUrl: string | undefined;
  /** Redis between instances (`redis://` or `rediss://`): updates, awareness and live events reach every instance. */
  redisUrl: string | undefined;
  /** Put before every Redis channel and key (`ACCORD_REDIS_PREFIX`, default `accord:`): deployments sharing one Redis use different ones. */
  redisPrefix?: string | undefined;
  /** This process among several instances, in logs and `/healthz`; default hostname-pid-random. */
  instanceId: string;
  /** Interval of WebSocket pings and keep-alive messages. */
  keepAliveMs: number;
  /** Seed the demo workspace on first start. */
  seedDemo: boolean;
  /** Directory of the built browser client, served at `/`. */
  clientDir: string;
  /** Mark session cookies `Secure` with the `__Host-` prefix; on whenever Accord is served over https. */
  secureCookies: boolean;
  /** Origins (scheme://host[:port]) besides the request's own Host that may use the session cookie, e.g. a dev server. */
  allowedOrigins: string[];
  /** Abuse limits; see {@link Limits}. */
  limits: Limits;
  /** When set, `GET /metrics` answers only `Authorization: Bearer <this token>`. */
  metricsToken: string | undefined;
  /** SMTP server for outgoing mail (`smtp://` or `smtps://`); without it mail goes to the outbox table and the log. */
  smtpUrl: string | undefined;
  /** The From of outgoing mail. */
  mailFrom: string;
  /** The address people reach Accord at, for links in mails; defaults to the listening address. */
  publicUrl: string | undefined;
  /** Check every document update against Accord's schema before storing it. Off only to measure its cost (`pnpm bench`). */
  checkUpdates: boolean;
  /** The guards on the hot path of every update; see {@link Guards}. */
  guards: Guards;
}

/**
 * The guards every document and awareness update passes between its socket frame and the relay.
 * All are on in any configuration but one: `ACCORD_BENCH_UNGUARDED=true`, which exists only so
 * that `pnpm bench` can measure what they cost together (the "accord-bare" contender). It is
 * refused unless Accord listens on loopback, and logged as a warning at start.
 */
export interface Guards {
  /** The update schema check (`DocumentSchema` on the room's replica); also off with `ACCORD_CHECK_UPDATES=false`. */
  checkUpdates: boolean;
  /** Counting frames, bytes and store latencies for `/metrics` (the `Metrics` extension). */
  metrics: boolean;
  /** Re-checking open connections when access changes (`AccessWatcher` polling the audit log). */
  accessRechecks: boolean;
  /** Message and byte rate limits per connection (token buckets per frame). */
  rateLimits: boolean;
}

/**
 * Abuse limits. Rates are token buckets: `perSecond` sustained, `burst` at once. Defaults are
 * generous for people (typing, pasting, reconnecting after a train tunnel) and stop scripts.
 */
export interface Limits {
  /** WebSocket connection attempts per client IP. */
  connects: { perSecond: number; burst: number };
  /** Messages per WebSocket connection. */
  messages: { perSecond: number; burst: number };
  /** Bytes per WebSocket connection. */
  bytes: { perSecond: number; burst: number };
  /** Bytes a connection may send before it is authenticated. */
  preAuthBytes: number;
  /** Size of one document's state; updates beyond it are refused. */
  documentBytes: number;
  /** Sign-in attempts per client IP (and per email). */
  signIns: { perSecond: number; burst: number };
  /** API requests per client IP. */
  requests: { perSecond: number; burst: number };
}

const int = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'], { message: 'must be true or false' })
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const variables = {
  PORT: int(0, 65535).default(8787),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  ACCORD_DATA_DIR: z.string().trim().min(1).default('./data'),
  ACCORD_MAX_MESSAGE_BYTES: int(1024, 512 * 1024 * 1024).default(16 * 1024 * 1024),
  ACCORD_LOG_LEVEL: z.enum(LogLevels, { message: `must be one of ${LogLevels.join(', ')}` }).default('info'),
  ACCORD_UNLOAD_GRACE_MS: int(0, 3_600_000).default(5_000),
  ACCORD_COMPACT_EVERY: int(1, 10_000_000).default(1_000),
  ACCORD_SQLITE_SYNC: z.enum(['full', 'normal'], { message: 'must be full or normal' }).default('full'),
  ACCORD_DATABASE_URL: z
    .string()
    .trim()
    .refine((v) => urlWithScheme(v, ['postgres:', 'postgresql:']), {
      message: 'must be a postgres:// or postgresql:// URL, e.g. postgres://accord:secret@db.example.org:5432/accord',
    })
    .optional(),
  ACCORD_REDIS_URL: z
    .string()
    .trim()
    .refine((v) => urlWithScheme(v, ['redis:', 'rediss:']), {
      message: 'must be a redis:// or rediss:// URL, e.g. redis://redis.example.org:6379',
    })
    .optional(),
  ACCORD_REDIS_PREFIX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9:._-]{1,100}$/, 'must be 1 to 100 letters, digits, colons, dots, dashes or underscores')
    .optional(),
  ACCORD_INSTANCE_ID: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._-]{1,100}$/, 'must be 1 to 100 letters, digits, dots, dashes or underscores')
    .optional(),
  ACCORD_KEEPALIVE_MS: int(100, 600_000).default(15_000),
  ACCORD_SEED_DEMO: bool.default(true),
  ACCORD_CLIENT_DIR: z.string().trim().min(1).optional(),
  ACCORD_SECURE_COOKIES: bool.default(false),
  ACCORD_ALLOWED_ORIGINS: z
    .string()
    .trim()
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.string().regex(/^https?:\/\/[^/\s]+$/, 'must be comma-separated origins such as http://localhost:5173'),
      ),
    )
    .default([]),
  ACCORD_LIMIT_CONNECTS_PER_SECOND: int(1, 1_000_000).default(10),
  ACCORD_LIMIT_CONNECTS_BURST: int(1, 1_000_000).default(100),
  ACCORD_LIMIT_MESSAGES_PER_SECOND: int(1, 10_000_000).default(200),
  ACCORD_LIMIT_MESSAGES_BURST: int(1, 10_000_000).default(1_000),
  ACCORD_LIMIT_BYTES_PER_SECOND: int(1024, 1024 * 1024 * 1024).default(2 * 1024 * 1024),
  ACCORD_LIMIT_BYTES_BURST: int(1024, 4 * 1024 * 1024 * 1024).optional(),
  ACCORD_LIMIT_PREAUTH_BYTES: int(1024, 512 * 1024 * 1024).default(256 * 1024),
  ACCORD_MAX_DOCUMENT_BYTES: int(1024, 4 * 1024 * 1024 * 1024).default(64 * 1024 * 1024),
  ACCORD_LIMIT_SIGNINS_PER_MINUTE: int(1, 1_000_000).default(20),
  ACCORD_LIMIT_REQUESTS_PER_SECOND: int(1, 10_000_000).default(50),
  ACCORD_METRICS_TOKEN: z
    .string()
    .trim()
    .min(16, 'must be at least 16 characters (e.g. openssl rand -hex 24)')
    .optional(),
  ACCORD_SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.org:587')
    .optional(),
  ACCORD_MAIL_FROM: z.string().trim().min(3).default('Accord <accord@localhost>'),
  ACCORD_CHECK_UPDATES: bool.default(true),
  ACCORD_BENCH_UNGUARDED: bool.default(false),
  ACCORD_PUBLIC_URL: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^/\s]+(\/\S*)?$/, 'must be an http(s) URL such as https://accord.example.org')
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
} as const;

/** Whether `value` parses as a URL with one of `schemes` and a host. */
function urlWithScheme(value: string, schemes: readonly string[]): boolean {
  try {
    const url = new URL(value);
    return schemes.includes(url.protocol) && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Variables whose values may hold a password: an error shows them without it. */
const withCredentials = new Set<string>(['ACCORD_DATABASE_URL', 'ACCORD_REDIS_URL', 'ACCORD_SMTP_URL']);

/** `raw` for an error message, with the password of a URL replaced. */
function shown(name: string, raw: string | undefined): string {
  if (raw === undefined || !withCredentials.has(name)) return JSON.stringify(raw);
  return JSON.stringify(raw.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*):[^@\s]*@/i, '$1:***@'));
}

/** The default instance id: unique per process even for two processes on one host started in the same millisecond. */
const defaultInstanceId = (): string => `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;

/** Whether `host` is a loopback address, reachable from this machine only. */
export const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);

/** Thrown when a variable has a value Accord cannot use. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration; throws {@link ConfigError} naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const problems: string[] = [];
  const read = <K extends keyof typeof variables>(name: K): z.output<(typeof variables)[K]> => {
    const raw = env[name];
    const result = variables[name].safeParse(raw === '' ? undefined : raw);
    if (result.success) return result.data as z.output<(typeof variables)[K]>;
    problems.push(`${name}=${shown(name, raw)}: ${result.error.issues.map((i) => i.message).join('; ')}`);
    return undefined as never;
  };
  const config = {
    port: read('PORT'),
    host: read('HOST'),
    dataDir: resolve(cwd, read('ACCORD_DATA_DIR') ?? '.'),
    maxMessageBytes: read('ACCORD_MAX_MESSAGE_BYTES'),
    logLevel: read('ACCORD_LOG_LEVEL'),
    unloadGraceMs: read('ACCORD_UNLOAD_GRACE_MS'),
    compactEvery: read('ACCORD_COMPACT_EVERY'),
    sqliteSync: read('ACCORD_SQLITE_SYNC'),
    databaseUrl: read('ACCORD_DATABASE_URL'),
    redisUrl: read('ACCORD_REDIS_URL'),
    redisPrefix: read('ACCORD_REDIS_PREFIX'),
    instanceId: read('ACCORD_INSTANCE_ID') ?? defaultInstanceId(),
    keepAliveMs: read('ACCORD_KEEPALIVE_MS'),
    seedDemo: read('ACCORD_SEED_DEMO'),
    clientDir: resolve(cwd, read('ACCORD_CLIENT_DIR') ?? new URL('../../client/dist', import.meta.url).pathname),
    secureCookies: read('ACCORD_SECURE_COOKIES'),
    allowedOrigins: read('ACCORD_ALLOWED_ORIGINS'),
    metricsToken: read('ACCORD_METRICS_TOKEN'),
    smtpUrl: read('ACCORD_SMTP_URL'),
    mailFrom: read('ACCORD_MAIL_FROM'),
    publicUrl: read('ACCORD_PUBLIC_URL'),
    checkUpdates: read('ACCORD_CHECK_UPDATES'),
    guards: undefined as unknown as Guards,
    limits: undefined as unknown as Limits,
  };
  // The two switches that turn guards off exist for the benchmark: nobody else can reach a loopback server.
  const unguarded = read('ACCORD_BENCH_UNGUARDED');
  const offLoopback = config.host !== undefined && !isLoopback(config.host);
  if (unguarded && offLoopback) {
    problems.push(
      `ACCORD_BENCH_UNGUARDED=${JSON.stringify(env.ACCORD_BENCH_UNGUARDED)}: turns off the update check, metrics, access re-checks and rate limits, ` +
        `so it is accepted only with a loopback HOST (127.0.0.1, ::1, localhost), not ${config.host}; it exists only to measure the guards (pnpm bench): unset it`,
    );
  }
  if (config.checkUpdates === false && offLoopback) {
    problems.push(
      `ACCORD_CHECK_UPDATES=${JSON.stringify(env.ACCORD_CHECK_UPDATES)}: stores updates unchecked, so one bad update can break a document; ` +
        `accepted only with a loopback HOST (127.0.0.1, ::1, localhost), not ${config.host}; it exists only to measure the check (pnpm bench): unset it`,
    );
  }
  if (unguarded) config.checkUpdates = false;
  config.guards = {
    checkUpdates: config.checkUpdates,
    metrics: !unguarded,
    accessRechecks: !unguarded,
    rateLimits: !unguarded,
  };
  const maxMessageBytes = config.maxMessageBytes;
  const signInsPerMinute = read('ACCORD_LIMIT_SIGNINS_PER_MINUTE');
  const requestsPerSecond = read('ACCORD_LIMIT_REQUESTS_PER_SECOND');
  config.limits = {
    connects: { perSecond: read('ACCORD_LIMIT_CONNECTS_PER_SECOND'), burst: read('ACCORD_LIMIT_CONNECTS_BURST') },
    messages: { perSecond: read('ACCORD_LIMIT_MESSAGES_PER_SECOND'), burst: read('ACCORD_LIMIT_MESSAGES_BURST') },
    // The byte burst must hold at least one frame of the largest allowed size.
    bytes: {
      perSecond: read('ACCORD_LIMIT_BYTES_PER_SECOND'),
      burst: read('ACCORD_LIMIT_BYTES_BURST') ?? 2 * (maxMessageBytes ?? 0),
    },
    preAuthBytes: read('ACCORD_LIMIT_PREAUTH_BYTES'),
    documentBytes: read('ACCORD_MAX_DOCUMENT_BYTES'),
    signIns: { perSecond: (signInsPerMinute ?? 0) / 60, burst: Math.max(1, Math.ceil((signInsPerMinute ?? 0) / 2)) },
    requests: { perSecond: requestsPerSecond, burst: (requestsPerSecond ?? 0) * 4 },
  };
  if (problems.length) {
    throw new ConfigError(
      `cannot start: bad environment variable${problems.length > 1 ? 's' : ''}:\n  ${problems.join('\n  ')}`,
    );
  }
  return config;
}
