/**
 * Configuration from the environment. Every variable has a default that works on a laptop;
 * a bad value stops the start with a message naming the variable and what it accepts.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
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
  /** Interval of WebSocket pings and keep-alive messages. */
  keepAliveMs: number;
  /** Seed the demo workspace on first start. */
  seedDemo: boolean;
  /** Directory of the built browser client, served at `/`. */
  clientDir: string;
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
  ACCORD_KEEPALIVE_MS: int(100, 600_000).default(15_000),
  ACCORD_SEED_DEMO: bool.default(true),
  ACCORD_CLIENT_DIR: z.string().trim().min(1).optional(),
} as const;

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
    problems.push(`${name}=${JSON.stringify(raw)}: ${result.error.issues.map((i) => i.message).join('; ')}`);
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
    keepAliveMs: read('ACCORD_KEEPALIVE_MS'),
    seedDemo: read('ACCORD_SEED_DEMO'),
    clientDir: resolve(cwd, read('ACCORD_CLIENT_DIR') ?? new URL('../../client/dist', import.meta.url).pathname),
  };
  if (problems.length) {
    throw new ConfigError(`cannot start: bad environment variable${problems.length > 1 ? 's' : ''}:\n  ${problems.join('\n  ')}`);
  }
  return config;
}
