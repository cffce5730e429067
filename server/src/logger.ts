/**
 * A small leveled logger: one line per event, a message a person can act on, then
 * key=value fields a machine can grep. Errors carry their message, not a stack, unless
 * the level is debug.
 */
export const LogLevels = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LogLevels)[number];

export type LogFields = Record<string, unknown>;

/** Writes log lines at or above a level. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line. */
  child(fields: LogFields): Logger;
}

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

function formatValue(value: unknown, withStack: boolean): string {
  if (value instanceof Error) return JSON.stringify(withStack && value.stack ? value.stack : value.message);
  if (typeof value === 'string') return /^[\w.:/@-]+$/.test(value) ? value : JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
}

/** Creates a logger writing to `write` (stderr by default). */
export function createLogger(
  level: LogLevel,
  base: LogFields = {},
  write: (line: string) => void = (l) => process.stderr.write(l + '\n'),
): Logger {
  const min = rank[level];
  const emit = (lvl: Exclude<LogLevel, 'silent'>, message: string, fields?: LogFields) => {
    if (rank[lvl] < min) return;
    const all = { ...base, ...fields };
    const parts = Object.entries(all)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${formatValue(v, level === 'debug')}`);
    write(
      `${new Date().toISOString()} ${lvl.toUpperCase().padEnd(5)} ${message}${parts.length ? ' ' + parts.join(' ') : ''}`,
    );
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
    child: (fields) => createLogger(level, { ...base, ...fields }, write),
  };
}
