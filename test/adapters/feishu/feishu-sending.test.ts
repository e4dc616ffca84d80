import { afterEach, describe, expect, it } from 'vitest';
import { enqueueMessages } from '../../../src/db/outbox.ts';
import { type FeishuHarness, startFeishuHarness } from './harness.ts';

let h: FeishuHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const card = (text: string) =>
  JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'markdown', content: text }] } });

async function queueCard(
  harness: FeishuHarness,
  text: string,
  options: { cardKey?: string; uuid?: string } = {},
) {
  await enqueueMessages(
    harness.db,
    [
      {
        platform: 'feishu',
        conversation: 'oc_chat',
        op: 'create',
        body: {
          op: 'create',
          receiveIdType: 'chat_id',
          receiveId: 'oc_chat',
          content: card(text),
          uuid: options.uuid ?? `u-${text}`,
        },
        ...(options.cardKey ? { cardKey: options.cardKey } : {}),
      },
    ],
    harness.now(),
  );
}

async function outboxRows(harness: FeishuHarness) {
  const rows = await harness.db.outboxMessage.findMany({
    where: { platform: 'feishu' },
    orderBy: { id: 'asc' },
  });
  return rows.map((row) => ({
    status: row.status,
    attempts: row.attempts,
    ref: row.ref,
    lastError: row.lastError,
  }));
}

describe('sending to Feishu through the outbox', () => {
  it('a rate-limited send (HTTP 429, code 99991400) is waited out and retried with the same uuid', async () => {
    h = await startFeishuHarness();
    let limited = 0;
    h.fake.script((request) => {
      if (request.path !== '/open-apis/im/v1/messages' || limited > 0) return undefined;
      limited += 1;
      return {
        status: 429,
        headers: { 'x-ogw-ratelimit-limit': '50', 'x-ogw-ratelimit-reset': '0' },
        body: { code: 99991400, msg: 'request trigger frequency limit' },
      };
    });
    await queueCard(h, 'hello');
    await h.settle();
    const creates = h.fake.sends();
    expect(creates).toHaveLength(2);
    expect(creates.map((sent) => sent.body.uuid)).toEqual(['u-hello', 'u-hello']);
    // The wait the platform asked for does not count as an attempt (it cannot make the message dead).
    expect(await outboxRows(h)).toEqual([{ status: 'sent', attempts: 1, ref: 'om_sent_1', lastError: null }]);
  });

  it('waits as long as x-ogw-ratelimit-reset asks before trying again', async () => {
    h = await startFeishuHarness();
    h.fake.script((request) =>
      request.path === '/open-apis/im/v1/messages'
        ? { status: 429, headers: { 'x-ogw-ratelimit-reset': '30' }, body: { code: 99991400, msg: 'limit' } }
        : undefined,
    );
    await queueCard(h, 'later');
    await h.settle();
    const row = await h.db.outboxMessage.findFirstOrThrow({ where: { platform: 'feishu' } });
    expect(row.status).toBe('pending');
    expect(row.nextAttemptAt.getTime() - h.now().getTime()).toBe(30_000);
  });

  it.each([
    // A per-chat limit comes without a wait and backs off like an error; 11232 asks for a wait, which
    // does not count as an attempt.
    [230020, 'chat rate limit', 2],
    [11232, 'message service busy', 1],
  ])('a send refused with code %i is retried, not dropped', async (code, msg, attempts) => {
    h = await startFeishuHarness();
    let refused = false;
    h.fake.script((request) => {
      if (request.path !== '/open-apis/im/v1/messages' || refused) return undefined;
      refused = true;
      return { status: 400, body: { code, msg } };
    });
    await queueCard(h, 'again');
    await h.settle();
    // A per-chat limit backs off the message (1 s), so look again once it is due.
    h.setNow(new Date(h.now().getTime() + 5_000));
    await h.adapter.outbox.drain();
    expect((await outboxRows(h))[0]).toMatchObject({ status: 'sent', attempts });
  });

  it('HTTP 200 with a non-zero code is a failure, not a delivery', async () => {
    h = await startFeishuHarness();
    h.fake.script((request) =>
      request.path === '/open-apis/im/v1/messages'
        ? { status: 200, body: { code: 230002, msg: 'Bot/User can NOT be out of the chat.' } }
        : undefined,
    );
    await queueCard(h, 'nobody');
    await h.settle();
    expect(await outboxRows(h)).toEqual([
      {
        status: 'failed',
        attempts: 1,
        ref: null,
        lastError: 'feishu_230002: Bot/User can NOT be out of the chat.',
      },
    ]);
  });

  it('fetches a new tenant token when the one held expires, and when Feishu rejects it early', async () => {
    h = await startFeishuHarness();
    await queueCard(h, 'one');
    await h.settle();
    // Tokens live 2 h; the SDK keeps one until 3 min before its end.
    h.setNow(new Date(h.now().getTime() + 2 * 3600_000));
    await queueCard(h, 'two');
    await h.settle();
    let rejected = false;
    h.fake.script((request) => {
      if (request.path !== '/open-apis/im/v1/messages' || rejected) return undefined;
      rejected = true;
      return { status: 400, body: { code: 99991663, msg: 'Invalid access token for authorization.' } };
    });
    await queueCard(h, 'three');
    await h.settle();
    h.setNow(new Date(h.now().getTime() + 5_000));
    await h.adapter.outbox.drain();
    const auths = h.fake
      .sends()
      .map((sent) => [JSON.stringify(sent.card).match(/one|two|three/)?.[0], sent.auth]);
    expect(auths).toEqual([
      ['one', 'Bearer t-1'],
      ['two', 'Bearer t-2'],
      ['three', 'Bearer t-2'],
      ['three', 'Bearer t-3'],
    ]);
    expect((await outboxRows(h)).map((row) => row.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('a card sent again under the same key is patched in place', async () => {
    h = await startFeishuHarness();
    await queueCard(h, 'draft', { cardKey: 'minutes:7' });
    await h.settle();
    await queueCard(h, 'final', { cardKey: 'minutes:7' });
    await h.settle();
    const sends = h.fake.sends();
    expect(sends.map((sent) => [sent.kind, sent.path])).toEqual([
      ['create', '/open-apis/im/v1/messages'],
      ['patch', '/open-apis/im/v1/messages/om_sent_1'],
    ]);
  });

  it('delivers scheduled pushes: to a person in a direct message, to a team in its group chat', async () => {
    h = await startFeishuHarness();
    const zhang = await h.db.person.findFirstOrThrow({ where: { name: '张伟' } });
    const cards = (title: string) => JSON.stringify([{ tone: 'info', title, sections: [], buttons: [] }]);
    await h.db.push.createMany({
      data: [
        {
          kind: 'follow_up_digest',
          key: 'digest:zhang',
          personId: zhang.id,
          cards: cards('今天的跟进'),
          createdAt: h.now(),
        },
        {
          kind: 'daily_report',
          key: 'report:sales',
          chat: 'feishu:oc_team',
          cards: cards('销售日报'),
          createdAt: h.now(),
        },
        {
          kind: 'daily_report',
          key: 'report:slack',
          chat: 'slack:C1',
          cards: cards('not ours'),
          createdAt: h.now(),
        },
      ],
    });
    expect(await h.adapter.deliverPushes()).toBe(2);
    await h.settle();
    const sends = h.fake.sends().map((sent) => ({
      type: sent.query.get('receive_id_type'),
      to: sent.body.receive_id,
      title: (sent.card.header as { title: { content: string } }).title.content,
    }));
    expect(sends).toEqual(
      expect.arrayContaining([
        { type: 'open_id', to: 'ou_zhang', title: '今天的跟进' },
        { type: 'chat_id', to: 'oc_team', title: '销售日报' },
      ]),
    );
    expect(sends).toHaveLength(2);
    expect(await h.adapter.deliverPushes()).toBe(0);
  });
});
