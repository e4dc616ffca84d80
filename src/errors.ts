export type BotErrorCode =
  | 'text_too_long'
  | 'not_found'
  | 'forbidden'
  | 'invalid_input'
  | 'expired'
  | 'conflict'
  | 'internal';

/** Stops a use case and tells the person something specific; the message is shown as is. */
export class BotError extends Error {
  constructor(
    readonly code: BotErrorCode,
    readonly userMessage: string,
  ) {
    super(`${code}: ${userMessage}`);
    this.name = 'BotError';
  }
}

export function isBotError(error: unknown): error is BotError {
  return error instanceof BotError;
}
