import type * as lark from '@larksuiteoapi/node-sdk';
import type { StoredMessage } from '../../db/outbox.ts';
import type { Logger } from '../../logger.ts';
import type { SendContext, SendMessage, SendOutcome } from '../shared/outbox-worker.ts';
import { classifyFeishuFailure, invalidTokenCodes, readFeishuFailure } from './classify-feishu-error.ts';
import type { TokenCache } from './create-token-cache.ts';

/** The outbox bodies this sender understands; `content` is the card JSON as a string. */
export type FeishuOutgoing =
  | { op: 'create'; receiveIdType: 'open_id' | 'chat_id'; receiveId: string; content: string; uuid: string }
  | { op: 'reply'; messageId: string; content: string; uuid: string }
  | { op: 'patch'; messageId: string; content: string };

type Result = { code?: number; msg?: string; data?: { message_id?: string } };

const requestTimeoutMs = 10_000;

/**
 * Sends one stored message with `im.v1.message.*`. A card sent before under the same key is patched
 * in place. The outbox is the only retry layer: every outcome is classified here, once.
 */
export function createFeishuSender(deps: {
  client: lark.Client;
  tokens: TokenCache;
  logger: Logger;
}): SendMessage {
  const im = deps.client.im.v1.message;

  async function call(message: StoredMessage, context: SendContext): Promise<Result> {
    const body = message.body as FeishuOutgoing;
    const previous = message.cardKey ? await context.findSentCard(message.cardKey) : null;
    if (previous || body.op === 'patch') {
      const messageId = body.op === 'patch' ? body.messageId : (previous?.ref ?? '');
      const result = (await im.patch({
        path: { message_id: messageId },
        data: { content: body.content },
      })) as Result;
      return { ...result, data: { message_id: messageId } };
    }
    if (body.op === 'reply') {
      return (await im.reply({
        path: { message_id: body.messageId },
        data: { msg_type: 'interactive', content: body.content, uuid: body.uuid },
      })) as Result;
    }
    return (await im.create({
      params: { receive_id_type: body.receiveIdType },
      data: { receive_id: body.receiveId, msg_type: 'interactive', content: body.content, uuid: body.uuid },
    })) as Result;
  }

  return async (message, context): Promise<SendOutcome> => {
    let result: Result;
    try {
      result = await withTimeout(call(message, context), requestTimeoutMs);
    } catch (error) {
      return classify(readFeishuFailure(error));
    }
    // HTTP 200 with a non-zero code is a refusal, not a delivery.
    if (result?.code !== 0) return classify({ status: 200, code: result?.code, msg: result?.msg });
    return { kind: 'sent', ref: result.data?.message_id };
  };

  function classify(failure: ReturnType<typeof readFeishuFailure>): SendOutcome {
    if (failure.code !== undefined && invalidTokenCodes.has(failure.code)) {
      deps.logger.warn({ code: failure.code }, 'feishu tenant token rejected: fetching a new one');
      deps.tokens.clear();
    }
    return classifyFeishuFailure(failure);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })), ms);
  });
  // A late answer after the timeout is harmless: create and reply carry a uuid, patch is idempotent.
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
