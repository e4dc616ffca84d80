import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  method: string;
  body: Record<string, unknown>;
  /** The bearer token the call carried (the app token for apps.connections.open, else the bot token). */
  token?: string;
  at: number;
}

type Answer = { status: number; body: unknown; headers?: Record<string, string> };
/** `hang`: Slack does the work (a post lands in the history) but the answer never comes back. */
type Scripted = Answer | { hang: true };
type Posted = { ts: string; text?: unknown; thread_ts?: string; metadata?: unknown };

/**
 * A local stand-in for slack.com/api (and for response_url hooks) on 127.0.0.1: records every call
 * with its decoded body and answers like Slack, or from a script of answers queued per method.
 * `socketUrl` is what apps.connections.open hands out (a fake Socket Mode server's URL).
 */
export async function startFakeSlackApi(options: { socketUrl?: () => string } = {}) {
  const calls: SlackCall[] = [];
  const scripted = new Map<string, Scripted[]>();
  // What chat.postMessage posted, per channel, for conversations.history and .replies.
  const history = new Map<string, Posted[]>();
  // Message ts like Slack's: the time in seconds, made unique by a counter.
  let seq = 0;
  const nextTs = () => `${Math.floor(Date.now() / 1000)}.${String(++seq).padStart(6, '0')}`;
  // Files shared with the bot, served like files.slack.com's url_private_download.
  const files = new Map<string, Answer & { bytes?: Uint8Array; contentType?: string }>();
  const server = createServer(async (req, res) => {
    const file = req.method === 'GET' ? files.get((req.url ?? '').split('?')[0]!) : undefined;
    if (file) {
      calls.push({
        method: `GET ${req.url}`,
        body: { authorization: req.headers.authorization },
        at: Date.now(),
      });
      res.writeHead(file.status, { 'content-type': file.contentType ?? 'application/octet-stream' });
      res.end(file.bytes ?? JSON.stringify(file.body));
      return;
    }
    const method = (req.url ?? '').replace(/^\/(?:api\/)?/, '').split('?')[0]!;
    const body = decode(req, await readText(req));
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    calls.push({ method, body, ...(token ? { token } : {}), at: Date.now() });
    const next = scripted.get(method)?.shift();
    if (next && 'hang' in next) {
      if (method === 'chat.postMessage') defaultAnswer(method, body, nextTs, history);
      return;
    }
    const answer =
      next ??
      (method === 'apps.connections.open' && options.socketUrl
        ? { status: 200, body: { ok: true, url: options.socketUrl() } }
        : defaultAnswer(method, body, nextTs, history));
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
    /** The messages posted to a channel (a user id's posts land in their D… channel), oldest first. */
    postedTo: (channel: string) => history.get(channel) ?? [],
    /** The next answers for a method, in order; afterwards it answers like Slack again. */
    script(method: string, ...answers: Scripted[]) {
      scripted.set(method, [...(scripted.get(method) ?? []), ...answers]);
    },
    /** Serves a file at `path`; its url_private_download is the returned URL. */
    serveFile(
      path: string,
      file: { bytes: Uint8Array; contentType?: string } | { status: number; contentType?: string },
    ) {
      files.set(path, 'bytes' in file ? { status: 200, body: null, ...file } : { body: 'no', ...file });
      return `${base}${path}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FakeSlackApi = Awaited<ReturnType<typeof startFakeSlackApi>>;

function defaultAnswer(
  method: string,
  body: Record<string, unknown>,
  nextTs: () => string,
  history: Map<string, Posted[]>,
): Answer {
  const channel = String(body.channel ?? '');
  switch (method) {
    case 'chat.postMessage': {
      // A message to a user id lands in the bot's direct-message channel with them.
      const posted = { ts: nextTs(), text: body.text, thread_ts: body.thread_ts as string | undefined };
      const dm = channel.replace(/^U/, 'D');
      history.set(dm, [...(history.get(dm) ?? []), { ...posted, metadata: body.metadata }]);
      return { status: 200, body: { ok: true, channel: dm, ts: posted.ts } };
    }
    case 'conversations.open':
      return { status: 200, body: { ok: true, channel: { id: String(body.users).replace(/^U/, 'D') } } };
    case 'conversations.history':
    case 'conversations.replies': {
      // Newest first, after `oldest`, metadata only when asked for: like Slack.
      const thread = method === 'conversations.replies' ? String(body.ts) : undefined;
      const messages = (history.get(channel) ?? [])
        .filter((m) => (thread ? m.thread_ts === thread || m.ts === thread : !m.thread_ts))
        .filter((m) => Number(m.ts) > Number(body.oldest ?? 0))
        .map((m) => (body.include_all_metadata === 'true' ? m : { ...m, metadata: undefined }))
        .reverse()
        .slice(0, Number(body.limit ?? 100));
      return { status: 200, body: { ok: true, messages, has_more: false } };
    }
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
