import pino, { type Logger } from 'pino';

export type { Logger };

/** Paths that must never reach a log line, wherever they appear in a logged object. */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  'credentials',
  '*.credentials',
  'secret',
  '*.secret',
  'token',
  '*.token',
  'cookie',
  '*.cookie',
  'req.headers.cookie',
  'req.headers.authorization',
  'headers.cookie',
  'headers.authorization',
];

export function createLogger(name: string, level = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      name,
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      base: { app: name },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
