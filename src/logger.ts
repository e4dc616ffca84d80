import { createRequire } from 'node:module';
import pino, { type Logger } from 'pino';

export type { Logger };

// Paths are compiled once by pino; keep them static. Secrets go wherever they appear in an object
// we log; personal data (phones, emails) is masked in the strings too (see redactText).
const redactPaths = [
  'req.headers.authorization',
  'req.headers["x-slack-signature"]',
  'req.headers["x-lark-signature"]',
  'token',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.appSecret',
  '*.app_secret',
  '*.signingSecret',
  '*.encryptKey',
  '*.apiKey',
  '*.tenant_access_token',
  'encrypt',
  'phone',
  'email',
  '*.phone',
  '*.email',
];

// Chinese mobiles (with or without +86 and separators), international numbers written with "+",
// and landlines or other runs of 7+ digits. Dates (2026-12-10) and ids (#12) stay readable.
const phonePattern =
  /(?:\+?86[-\s]?)?(?<!\d)1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)|\+\d[\d\s-]{6,}\d|(?<![\d-])(?:\d{3,4}-)?\d{7,}(?!\d)/g;
const emailPattern = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Masks phone numbers and email addresses inside free text before it reaches a log line. */
export function redactText(text: string): string {
  return text.replace(emailPattern, '[email]').replace(phonePattern, '[phone]');
}

export interface LoggerOptions {
  level: string;
  pretty: boolean;
  destination?: pino.DestinationStream;
}

export function createLogger({ level, pretty, destination }: LoggerOptions): Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: { paths: redactPaths, censor: '[redacted]' },
    formatters: {
      log: (object) => {
        for (const [key, value] of Object.entries(object)) {
          if (typeof value === 'string') object[key] = redactText(value);
        }
        return object;
      },
    },
  };
  if (destination) return pino(options, destination);
  if (pretty && hasPinoPretty()) {
    return pino({
      ...options,
      transport: {
        target: 'pino-pretty',
        options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
      },
    });
  }
  return pino(options);
}

/** pino-pretty is a dev dependency: a production install (npm ci --omit=dev) logs JSON even in a terminal. */
function hasPinoPretty(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    // Not installed: plain JSON lines, which is what production wants anyway.
    return false;
  }
}
