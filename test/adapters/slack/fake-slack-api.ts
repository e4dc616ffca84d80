import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  method: string;
  body: Record<string, unknown>;
  at: number;
}

type Answer = { status: number; body: unknown; headers?: Record<string, string> };

/**
 * A local stand-in for slack.com/api (and for response_url hooks) on 127.0.0.1: records every call
 * with its decoded body and answers like Slack, or from a script of answers queued per method.
 */
export async function startFakeSlackApi() {
  const calls: SlackCall[] = [];
  const scripted = new Map<string, Answer[]>();
  let ts = 1000;
  const server = createServer(async (req, res) => {
    const method = (req.url ?? '').replace(/^\/(?:api\/)?/, '').split('?')[0]!;
    const body = decode(req, await readText(req));
    calls.push({ method, body, at: Date.now() });
    const answer = scripted.get(method)?.shift() ?? defaultAnswer(method, body, () => `${++ts}.000100`);
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${base}/api/`,
    hookUrl: (name: string) => `${base}/hooks/${name}`,
    calls,
    callsTo: (method: string) => calls.filter((call) => call.method === method),
    /** The next answers for a method, in order; afterwards it answers like Slack again. */
    script(method: string, ...answers: Answer[]) {
      scripted.set(method, [...(scripted.get(method) ?? []), ...answers]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FakeSlackApi = Awaited<ReturnType<typeof startFakeSlackApi>>;

function defaultAnswer(method: string, body: Record<string, unknown>, nextTs: () => string): Answer {
  const channel = String(body.channel ?? '');
  switch (method) {
    case 'chat.postMessage':
      // A message to a user id lands in the bot's direct-message channel with them.
      return { status: 200, body: { ok: true, channel: channel.replace(/^U/, 'D'), ts: nextTs() } };
    case 'chat.update':
      return { status: 200, body: { ok: true, channel, ts: body.ts } };
    case 'chat.postEphemeral':
      return { status: 200, body: { ok: true, message_ts: nextTs() } };
    case 'users.info':
      return {
        status: 200,
        body: {
          ok: true,
          user: { id: body.user, name: 'slackname', profile: { display_name: 'Ada Slack' } },
        },
      };
    case 'views.open':
      return { status: 200, body: { ok: true, view: { id: 'V1' } } };
    default:
      return method.startsWith('hooks/') ? { status: 200, body: 'ok' } : { status: 200, body: { ok: true } };
  }
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Web API calls come form-encoded with nested values as JSON; response_url answers come as JSON. */
function decode(req: IncomingMessage, text: string): Record<string, unknown> {
  if ((req.headers['content-type'] ?? '').includes('json')) return JSON.parse(text || '{}');
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    body[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return body;
}
