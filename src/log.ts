/**
 * A small structured logger. It writes one line per entry to standard error, so standard
 * output stays clean for JSON. It never serialises configuration, so secrets cannot leak
 * through it; callers must not pass tokens in `fields`.
 */

/** Log levels, most verbose first. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Structured fields attached to a log entry. */
export type LogFields = Record<string, unknown>;

/** What the engine and the front ends log through; passed in, never imported as a global. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Options of {@link createLogger}. */
export interface LoggerOptions {
  level?: LogLevel;
  /** `json` for machines (one object per line), `text` for people. Default: `text`. */
  format?: 'json' | 'text';
  /** Where lines go. Default: standard error. */
  write?: (line: string) => void;
}

/** What LOG_LEVEL may be set to ('silent' is for tests, never a setting), said when it is not. */
export const LOG_LEVEL_RULE = 'LOG_LEVEL must be one of debug, info, warn, error';

/** True when `value` names a log level. */
export function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

function describeError(error: unknown): unknown {
  if (error instanceof Error)
    return { name: error.name, message: error.message, stack: error.stack };
  return error;
}

/** Creates a logger that drops entries below `level`. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = LOG_LEVELS.indexOf(options.level ?? 'info');
  const format = options.format ?? 'text';
  const write = options.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const emit = (level: LogLevel, message: string, fields: LogFields = {}): void => {
    if (LOG_LEVELS.indexOf(level) < threshold) return;
    const clean: LogFields = {};
    for (const [key, value] of Object.entries(fields)) clean[key] = describeError(value);
    if (format === 'json') {
      write(JSON.stringify({ time: new Date().toISOString(), level, message, ...clean }));
      return;
    }
    const extras = Object.entries(clean)
      .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
      .join(' ');
    write(`${level}: ${message}${extras ? ' ' + extras : ''}`);
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}

/** A logger that drops everything: the default for library calls and tests. */
export const silentLogger: Logger = createLogger({ level: 'silent' });
