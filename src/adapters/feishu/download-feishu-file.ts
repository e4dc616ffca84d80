import type * as lark from '@larksuiteoapi/node-sdk';
import { type Attachment, maxAttachmentBytes } from '../../core/types.ts';
import type { Logger } from '../../logger.ts';
import { readCapped } from '../shared/read-capped.ts';
import { invalidTokenCodes } from './classify-feishu-error.ts';
import type { TokenCache } from './create-token-cache.ts';

const timeoutMs = 30_000;

/**
 * Fetches the file of a message sent to the bot: GET /open-apis/im/v1/messages/:message_id/resources/
 * :file_key?type=file with the tenant token (the SDK's messageResource.get; needs im:message, not im:resource,
 * which is for files the app uploads). Feishu
 * does not say a file's size up front, so the download stops at the limit. Every failure becomes an
 * unreadable attachment, so the person hears why, plus a log line.
 */
export function createFeishuFileDownloader(deps: {
  client: lark.Client;
  tokens: TokenCache;
  logger: Logger;
  maxBytes?: number;
}): (messageId: string, file: { key: string; name: string }) => Promise<Attachment> {
  const maxBytes = deps.maxBytes ?? maxAttachmentBytes;
  return async (messageId, file) => {
    const log = deps.logger.child({ messageId, fileKey: file.key });
    let bytes: Uint8Array | null;
    try {
      bytes = await withTimeout(
        (async () => {
          const resource = await deps.client.im.v1.messageResource.get({
            path: { message_id: messageId, file_key: file.key },
            params: { type: 'file' },
          });
          return readCapped(resource.getReadableStream(), maxBytes);
        })(),
        timeoutMs,
      );
    } catch (error) {
      const failure = await readFailure(error);
      if (failure.code !== undefined && invalidTokenCodes.has(failure.code)) deps.tokens.clear();
      log.warn(failure, 'feishu file download failed');
      return {
        kind: 'unreadable',
        name: file.name,
        reason: 'download_failed',
        ...(failure.status ? { status: failure.status } : {}),
      };
    }
    if (!bytes) {
      log.info('feishu file over the size limit while downloading: dropped');
      return { kind: 'unreadable', name: file.name, reason: 'too_large' };
    }
    log.debug({ bytes: bytes.byteLength }, 'feishu file downloaded');
    return { kind: 'file', name: file.name, bytes };
  };
}

/** An axios rejection of a streamed request: the status, and Feishu's code read from the error body. */
async function readFailure(error: unknown): Promise<{ status?: number; code?: number; network?: string }> {
  const e = error as {
    response?: { status?: number; data?: unknown };
    code?: unknown;
    message?: unknown;
  };
  if (!e?.response) return { network: String(e?.code ?? e?.message ?? 'unknown') };
  const data = e.response.data as AsyncIterable<Uint8Array> | { code?: unknown } | undefined;
  let code: unknown = (data as { code?: unknown } | undefined)?.code;
  if (data && typeof data === 'object' && Symbol.asyncIterator in data) {
    try {
      const body = await readCapped(data, 64 * 1024);
      code = body ? (JSON.parse(new TextDecoder().decode(body)) as { code?: unknown }).code : undefined;
    } catch {
      // The error body is not JSON: the status alone says enough.
    }
  }
  return { status: e.response.status, ...(typeof code === 'number' ? { code } : {}) };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
