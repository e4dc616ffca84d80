import { afterEach, describe, expect, it } from 'vitest';
import { cardActionEvent, findButtonValue, messageEvent } from './fixtures.ts';
import { type FeishuHarness, startFeishuHarness } from './harness.ts';

let h: FeishuHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const logVisitText = '记录拜访 华为 今天和张总聊了报价，下周二跟进';

/** 张伟 logs a visit in his p2p chat; the visit card as Feishu received it. */
async function logVisit(harness: FeishuHarness) {
  await harness.post('/feishu/events', messageEvent({ text: logVisitText, createTime: harness.now() }));
  await harness.settle();
  const sent = harness.fake.sends()[0]!;
  const visit = await harness.db.visit.findFirstOrThrow({ where: { originalText: logVisitText } });
  return { card: sent.card, visit, messageId: 'om_sent_1' };
}

function title(card: unknown): string {
  return String((card as { header: { title: { content: string } } }).header.title.content);
}

describe('Feishu card callbacks', () => {
  it('a form submission updates the visit and answers with the updated card and a toast', async () => {
    h = await startFeishuHarness();
    const { card, visit, messageId } = await logVisit(h);
    const value = findButtonValue(card, 'visit.edit');
    expect(value).toMatchObject({ payload: { visitId: visit.id }, chat: 'p2p' });
    const started = performance.now();
    const response = await h.post(
      '/feishu/cards',
      cardActionEvent({
        value,
        messageId,
        formValue: {
          summary: '报价已发，客户要求下周演示',
          nextStep: '安排演示',
          followUpDate: '2026-12-03',
        },
      }),
    );
    expect(performance.now() - started).toBeLessThan(2500);
    expect(response.status).toBe(200);
    expect(response.body.toast).toMatchObject({
      type: 'success',
      i18n: { zh_cn: '已更新', en_us: 'Updated' },
    });
    const updated = (response.body.card as { type: string; data: Record<string, unknown> }).data;
    expect(JSON.stringify(updated)).toContain('报价已发，客户要求下周演示');
    expect(updated).toMatchObject({ config: { update_multi: true } });
    const stored = await h.db.visit.findUniqueOrThrow({
      where: { id: visit.id },
      include: { followUps: true },
    });
    expect(stored.summary).toBe('报价已发，客户要求下周演示');
    expect(
      stored.followUps
        .find((f) => f.status === 'open')
        ?.dueAt.toISOString()
        .slice(0, 10),
    ).toBe('2026-12-03');
  });

  it('an action by someone without permission gets an error toast and changes nothing', async () => {
    h = await startFeishuHarness();
    const { card, visit, messageId } = await logVisit(h);
    const sendsBefore = h.fake.sends().length;
    const response = await h.post(
      '/feishu/cards',
      cardActionEvent({ openId: 'ou_new', value: findButtonValue(card, 'visit.undo'), messageId }),
    );
    expect(response.body.toast).toMatchObject({ type: 'error' });
    expect(response.body.card).toBeUndefined();
    await h.settle();
    expect(await h.db.visit.findUnique({ where: { id: visit.id } })).not.toBeNull();
    expect(h.fake.sends()).toHaveLength(sendsBefore);
  });

  it('a press delivered twice runs once; another button on the same card is a new action', async () => {
    h = await startFeishuHarness();
    const { card, visit, messageId } = await logVisit(h);
    const edit = cardActionEvent({
      value: findButtonValue(card, 'visit.edit'),
      messageId,
      formValue: { summary: '第一次修改' },
    });
    const first = await h.post('/feishu/cards', edit);
    const again = await h.post('/feishu/cards', edit);
    expect(first.body.toast).toMatchObject({ type: 'success' });
    expect(again.body.toast).toMatchObject({ type: 'info', i18n: { en_us: 'That was handled already' } });
    const undo = await h.post(
      '/feishu/cards',
      cardActionEvent({ value: findButtonValue(card, 'visit.undo'), messageId }),
    );
    expect(undo.body.toast).toMatchObject({ type: 'success' });
    await h.settle();
    const audit = await h.db.auditLog.findMany({
      where: { entityId: visit.id, action: { startsWith: 'visit.' } },
    });
    expect(audit.filter((entry) => entry.action === 'visit.edited')).toHaveLength(1);
  });

  it('when the core is slower than the budget, answers with a toast and patches the card afterwards', async () => {
    h = await startFeishuHarness({ budgetMs: 20, slowCoreMs: 200 });
    const { card, messageId } = await logVisit(h);
    const response = await h.post(
      '/feishu/cards',
      cardActionEvent({
        value: findButtonValue(card, 'visit.edit'),
        messageId,
        formValue: { summary: '慢慢改' },
      }),
    );
    expect(response.body).toEqual({
      toast: { type: 'info', content: '正在处理，稍后更新卡片', i18n: expect.any(Object) },
    });
    await h.settle();
    const patch = h.fake.sends().find((sent) => sent.kind === 'patch');
    expect(patch?.path).toBe(`/open-apis/im/v1/messages/${messageId}`);
    expect(JSON.stringify(patch?.card)).toContain('慢慢改');
  });

  it.each([
    ['in the direct chat it was sent to, answers in that chat', 'oc_p2p_zhang', 'oc_p2p_zhang'],
    [
      'forwarded into a group and pressed there, answers privately, not in the group',
      'oc_group_sales',
      'ou_zhang',
    ],
  ])('a card from a direct chat (chat: p2p in its value), pressed %s', async (_name, chatId, answeredTo) => {
    h = await startFeishuHarness();
    const { visit } = await logVisit(h);
    const minutes = await h.db.minutes.findUniqueOrThrow({ where: { visitId: visit.id } });
    // The minutes card already in the direct chat would be patched where it is; without it the answer
    // is a new card, sent wherever the press is taken to have happened.
    await h.db.outboxMessage.updateMany({
      where: { cardKey: `minutes:${minutes.id}` },
      data: { cardKey: null },
    });
    const sentBefore = h.fake.sends().length;
    const response = await h.post(
      '/feishu/cards',
      cardActionEvent({
        value: { action: 'minutes.show', payload: { minutesId: minutes.id }, chat: 'p2p' },
        messageId: 'om_pressed',
        chatId,
      }),
    );
    await h.settle();
    expect(response.status).toBe(200);
    expect(response.body.card).toBeUndefined();
    const sent = h.fake.sends().slice(sentBefore);
    expect(sent.map((message) => message.body.receive_id)).toEqual([answeredTo]);
    expect(JSON.stringify(sent[0]?.card)).toContain('会议纪要');
  });

  it('long connection: the dispatcher takes flattened events and returns the callback response', async () => {
    h = await startFeishuHarness();
    const { createFeishuDispatcher } = await import('../../../src/adapters/feishu/start-long-connection.ts');
    const pino = (await import('pino')).default;
    const dispatcher = createFeishuDispatcher(h.adapter.intake, pino({ level: 'silent' }));
    // The WSClient hands over the plain v2.0 body and skips the webhook checks.
    await dispatcher.invoke(messageEvent({ text: logVisitText, createTime: h.now() }), { needCheck: false });
    await h.settle();
    const visit = await h.db.visit.findFirstOrThrow({ where: { originalText: logVisitText } });
    const card = h.fake.sends()[0]!.card;
    const result = (await dispatcher.invoke(
      cardActionEvent({ value: findButtonValue(card, 'visit.undo'), messageId: 'om_sent_1' }),
      { needCheck: false },
    )) as { toast: { type: string }; card?: { data: unknown } };
    expect(result.toast.type).toBe('success');
    expect(title(result.card?.data)).toContain('撤销');
    expect(await h.db.visit.findUnique({ where: { id: visit.id } })).toBeNull();
    // The flattened payload's event_id names the delivery: the same one again is caught at the edge,
    // a second press (a new event) is answered by the core.
    const press = cardActionEvent({ value: findButtonValue(card, 'visit.undo'), messageId: 'om_sent_1' });
    await dispatcher.invoke(press, { needCheck: false });
    await h.settle();
    const redelivered = (await dispatcher.invoke(press, { needCheck: false })) as {
      toast: { content: string };
    };
    expect(redelivered.toast.content).toBe('这个操作已经处理过了');
    const again = (await dispatcher.invoke(
      cardActionEvent({ value: findButtonValue(card, 'visit.undo'), messageId: 'om_sent_1' }),
      { needCheck: false },
    )) as { toast: { content: string } };
    expect(again.toast.content).not.toBe('这个操作已经处理过了');
  });
});
