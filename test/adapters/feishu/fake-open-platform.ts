import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  auth: string | undefined;
  body: Record<string, unknown>;
}

export interface FakeAnswer {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
}

type Script = (request: RecordedRequest) => FakeAnswer | undefined;

/**
 * A Feishu open platform on 127.0.0.1: issues tenant tokens, accepts messages, replies, patches,
 * contact, chat-info and bot-info lookups, and records every request. `script` overrides answers per request.
 */
export async function startFakeOpenPlatform() {
  const requests: RecordedRequest[] = [];
  let tokenNumber = 0;
  let tokenExpire = 7200;
  let messageNumber = 0;
  const scripts: Script[] = [];
  const names: Record<string, string> = { ou_zhang: '张伟', ou_new: '陈新' };

  function answer(request: RecordedRequest): FakeAnswer {
    for (const script of scripts) {
      const scripted = script(request);
      if (scripted) return scripted;
    }
    if (request.path === '/open-apis/auth/v3/tenant_access_token/internal') {
      tokenNumber += 1;
      return { body: { code: 0, msg: 'ok', tenant_access_token: `t-${tokenNumber}`, expire: tokenExpire } };
    }
    if (request.path === '/open-apis/bot/v3/info')
      return { body: { code: 0, msg: 'ok', bot: { app_name: 'chatcrm', open_id: 'ou_bot_chatcrm' } } };
    const user = request.path.match(/^\/open-apis\/contact\/v3\/users\/(.+)$/);
    if (user) {
      const name = names[decodeURIComponent(user[1]!)];
      return name
        ? { body: { code: 0, msg: 'ok', data: { user: { open_id: user[1], name } } } }
        : { status: 400, body: { code: 41050, msg: 'no user authority' } };
    }
    const chat = request.path.match(/^\/open-apis\/im\/v1\/chats\/([^/]+)$/);
    if (chat) {
      // The test chats say what they are: oc_p2p_… are direct chats with the bot.
      const mode = decodeURIComponent(chat[1]!).startsWith('oc_p2p') ? 'p2p' : 'group';
      return { body: { code: 0, msg: 'ok', data: { chat_mode: mode, name: 'chat' } } };
    }
    if (request.path.startsWith('/open-apis/im/v1/messages')) {
      const patched = request.method === 'PATCH' ? request.path.split('/').pop() : undefined;
      messageNumber += 1;
      return {
        body: { code: 0, msg: 'success', data: { message_id: patched ?? `om_sent_${messageNumber}` } },
      };
    }
    return { status: 404, body: { code: 404, msg: 'not found' } };
  }

  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const text = Buffer.concat(chunks).toString('utf8');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      auth: req.headers.authorization,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    };
    requests.push(request);
    const reply = answer(request);
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
    // Bytes are a file download (messageResource.get); everything else answers JSON.
    res.end(reply.body instanceof Uint8Array ? reply.body : JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** Sent messages: creates, replies and patches, with the card they carried. */
    sends: () =>
      requests
        .filter((r) => r.path.startsWith('/open-apis/im/v1/messages'))
        .map((r) => ({
          ...r,
          kind: r.method === 'PATCH' ? 'patch' : r.path.endsWith('/reply') ? 'reply' : 'create',
          card: JSON.parse(String(r.body.content ?? '{}')) as Record<string, unknown>,
        })),
    script(fn: Script) {
      scripts.unshift(fn);
      return () => scripts.splice(scripts.indexOf(fn), 1);
    },
    setTokenExpire(seconds: number) {
      tokenExpire = seconds;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
