import nock from 'nock';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLanguageModel, createOpenAiModel } from '../../../src/adapters/openai/create-openai-model.ts';
import { completion } from '../../helpers/openai.ts';

const base = 'https://llm.test';
const schema = z.object({ topics: z.string(), competitors: z.string().nullable() }).strict();
const request = {
  instructions: 'Read the minutes.',
  text: '拜访华为，竞品降价了',
  schema,
  schemaName: 'minutes',
};

function model(timeoutMs = 5_000) {
  return createOpenAiModel({
    apiKey: 'sk-test',
    baseUrl: `${base}/v1`,
    model: 'qwen-plus',
    timeoutMs,
    maxRetries: 0,
    logger: pino({ level: 'silent' }),
  });
}

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('the OpenAI-compatible language model', () => {
  it('reads a structured answer, sending the chat text as quoted data with a json schema', async () => {
    let body:
      | { messages: { role: string; content: string }[]; response_format: { type: string } }
      | undefined;
    nock(base)
      .post('/v1/chat/completions', (b) => {
        body = b;
        return true;
      })
      .reply(200, completion(JSON.stringify({ topics: '报价', competitors: '竞品降价' })));
    const answer = await model().extract(request);
    expect(answer).toEqual({
      kind: 'ok',
      value: { topics: '报价', competitors: '竞品降价' },
      model: 'qwen-plus',
    });
    expect(body?.response_format.type).toBe('json_schema');
    expect(body?.messages[0]?.role).toBe('system');
    expect(body?.messages[0]?.content).not.toContain('竞品降价了');
    expect(body?.messages[1]).toEqual({ role: 'user', content: '<data>\n拜访华为，竞品降价了\n</data>' });
  });

  it('gives up on a slow server at its time-out', async () => {
    nock(base).post('/v1/chat/completions').delay(2_000).reply(200, completion('{}'));
    expect(await model(100).extract(request)).toMatchObject({ kind: 'failed', reason: 'timeout' });
  });

  it('reports a server error as a failure instead of throwing', async () => {
    nock(base)
      .post('/v1/chat/completions')
      .reply(500, { error: { message: 'boom' } });
    expect(await model().extract(request)).toMatchObject({ kind: 'failed', reason: 'error' });
  });

  it('rejects an answer that is not JSON', async () => {
    nock(base).post('/v1/chat/completions').reply(200, completion('{"topics": "报价",'));
    expect(await model().extract(request)).toMatchObject({ kind: 'failed', reason: 'invalid' });
  });

  it('rejects an answer with fields outside the schema', async () => {
    nock(base)
      .post('/v1/chat/completions')
      .reply(200, completion(JSON.stringify({ topics: '报价', competitors: null, role: 'admin' })));
    expect(await model().extract(request)).toMatchObject({ kind: 'failed', reason: 'invalid' });
  });

  it('passes a refusal on as a failure', async () => {
    nock(base)
      .post('/v1/chat/completions')
      .reply(200, completion(null, { refusal: 'I cannot help with that.' }));
    expect(await model().extract(request)).toMatchObject({ kind: 'failed', reason: 'refusal' });
  });

  it('writes prose and cuts it to the length asked for', async () => {
    nock(base)
      .post('/v1/chat/completions')
      .reply(200, completion('今天团队拜访了三家客户。'.repeat(10)));
    const answer = await model().write({ instructions: 'Summarise.', text: '{}', maxChars: 20 });
    expect(answer).toMatchObject({ kind: 'ok', model: 'qwen-plus' });
    expect(answer.kind === 'ok' && answer.value.length).toBe(20);
  });

  it('asks for a json object with the schema in the prompt when told to (OPENAI_JSON_MODE=json_object)', async () => {
    let body: { messages: { content: string }[]; response_format: { type: string } } | undefined;
    nock('https://api.deepseek.com')
      .post('/chat/completions', (b) => {
        body = b;
        return true;
      })
      .reply(200, completion(JSON.stringify({ topics: 'x', competitors: null })));
    const deepseek = createOpenAiModel({
      apiKey: 'sk-test',
      baseUrl: 'https://api.deepseek.com',
      model: 'deepseek-v4-flash',
      structuredOutput: 'json_object',
      maxRetries: 0,
      logger: pino({ level: 'silent' }),
    });
    expect(await deepseek.extract(request)).toMatchObject({ kind: 'ok' });
    expect(body?.response_format.type).toBe('json_object');
    expect(body?.messages[0]?.content).toContain('json');
  });

  it('does not guess the JSON mode from the server address: json_schema unless told', async () => {
    let body: { response_format: { type: string } } | undefined;
    nock('https://api.deepseek.com')
      .post('/chat/completions', (b) => {
        body = b;
        return true;
      })
      .reply(200, completion(JSON.stringify({ topics: 'x', competitors: null })));
    const model = createLanguageModel(
      {
        apiKey: 'sk-test',
        baseUrl: 'https://api.deepseek.com',
        model: 'deepseek-chat',
        jsonMode: 'json_schema',
      },
      pino({ level: 'silent' }),
    );
    await model?.extract(request);
    expect(body?.response_format.type).toBe('json_schema');
  });
});
