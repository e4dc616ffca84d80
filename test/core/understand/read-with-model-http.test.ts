import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAiModel } from '../../../src/adapters/openai/create-openai-model.ts';
import { button, createTestBot } from '../../helpers/bot.ts';

interface Seen {
  path: string;
  authorization: string | undefined;
  body: {
    model: string;
    messages: { role: string; content: string }[];
    response_format: {
      type: string;
      json_schema: { name: string; strict: boolean; schema: { properties: Record<string, unknown> } };
    };
  };
}

/**
 * A tiny OpenAI-compatible server: chat completions with a json_schema response format, answering with
 * a visit to the first customer the schema allows, the way a server that enforces the schema would.
 */
function startModelServer() {
  const seen: Seen[] = [];
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = JSON.parse(raw) as Seen['body'];
    seen.push({ path: req.url ?? '', authorization: req.headers.authorization, body });
    // Only the message reading is answered; the minutes the bot asks for after the visit get a 400,
    // so the rules' draft stays (a failure the bot takes in its stride).
    if (
      req.url !== '/v1/chat/completions' ||
      body.response_format?.type !== 'json_schema' ||
      body.response_format.json_schema.name !== 'message_reading'
    ) {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'this server only reads messages' } }));
      return;
    }
    const customer = body.response_format.json_schema.schema.properties.customer as {
      anyOf?: { enum?: string[] }[];
    };
    const content = JSON.stringify({
      intent: 'log_visit',
      customer: customer.anyOf?.[0]?.enum?.[0] ?? null,
      contact: null,
      followUp: null,
      summary: '约好下周二再联系',
    });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: 'chatcmpl-local',
        object: 'chat.completion',
        created: 1700000000,
        model: 'local-llm',
        choices: [
          { index: 0, finish_reason: 'stop', message: { role: 'assistant', content, refusal: null } },
        ],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }),
    );
  });
  return { server, seen };
}

let local: ReturnType<typeof startModelServer>;
let baseUrl = '';

beforeAll(async () => {
  local = startModelServer();
  local.server.listen(0, '127.0.0.1');
  await once(local.server, 'listening');
  baseUrl = `http://127.0.0.1:${(local.server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  local.server.close();
  await once(local.server, 'close');
});

describe('the model reading over real HTTP', () => {
  it('reads an unsure message through a local OpenAI-compatible server and logs the visit it offered', async () => {
    const llm = createOpenAiModel({
      apiKey: 'sk-local',
      baseUrl,
      model: 'local-llm',
      timeoutMs: 5_000,
      maxRetries: 0,
      logger: pino({ level: 'silent' }),
    });
    const t = await createTestBot({ llm });
    const question = (await t.say('zhang', '美的集团 张总 下周二再联系')).cards[0]!;
    expect(question.buttons[0]!.label).toBe('模型理解：记录拜访 美的集团股份有限公司');
    expect(local.seen).toHaveLength(1);
    const request = local.seen[0]!;
    expect(request.authorization).toBe('Bearer sk-local');
    expect(request.body.model).toBe('local-llm');
    expect(request.body.response_format.json_schema).toMatchObject({ name: 'message_reading', strict: true });

    const done = await t.press('zhang', button(question, 'pending.choose_reading'));
    expect(done.cards[0]!.title).toBe('已记录拜访：美的集团股份有限公司');
    await t.idle();
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { action: 'visit.logged' } });
    expect(audit.parser).toBe('llm:local-llm');
  });
});
