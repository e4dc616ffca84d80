import nock from 'nock';
import pino from 'pino';
import { createOpenAiModel } from '../../src/adapters/openai/create-openai-model.ts';

export const llmBase = 'https://llm.test';

/** A chat completion as OpenAI-compatible servers answer it. */
export function completion(content: string | null, extra: Record<string, unknown> = {}) {
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1700000000,
    model: 'qwen-plus',
    choices: [
      {
        index: 0,
        finish_reason: 'stop',
        logprobs: null,
        message: { role: 'assistant', content, refusal: null, ...extra },
      },
    ],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
  };
}

/** The real OpenAI-compatible model against the nock'd llm.test, failing fast. */
export function createTestModel(timeoutMs = 5_000) {
  return createOpenAiModel({
    apiKey: 'sk-test',
    baseUrl: `${llmBase}/v1`,
    model: 'qwen-plus',
    timeoutMs,
    maxRetries: 0,
    logger: pino({ level: 'silent' }),
  });
}

/** Answers the next chat completion with `content` (JSON for an object); returns the request bodies seen. */
export function answerNextCompletion(content: unknown, status = 200) {
  const bodies: { messages: { role: string; content: string }[] }[] = [];
  nock(llmBase)
    .post('/v1/chat/completions', (body) => {
      bodies.push(body);
      return true;
    })
    .reply(
      status,
      status === 200
        ? completion(typeof content === 'string' ? content : JSON.stringify(content))
        : (content as object),
    );
  return bodies;
}

export function blockNetwork() {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
}
