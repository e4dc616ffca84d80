import { describe, expect, it } from 'vitest';
import { readCardAction } from '../../../src/adapters/feishu/read-card-action.ts';
import { readFeishuMessage } from '../../../src/adapters/feishu/read-feishu-message.ts';
import { botOpenId, cardActionEvent, messageEvent } from './fixtures.ts';

const eventOf = (body: Record<string, unknown>) => body.event as Record<string, unknown>;

describe('reading im.message.receive_v1', () => {
  it("strips the bot's mention, keeps a colleague's name and reads rich text lines", () => {
    const read = readFeishuMessage(
      eventOf(
        messageEvent({
          chatType: 'group',
          messageType: 'post',
          content: {
            title: '拜访',
            content: [
              [
                { tag: 'at', user_id: '@_user_1' },
                { tag: 'text', text: ' 记录拜访 华为 和 ' },
                { tag: 'at', user_id: '@_user_2' },
              ],
              [
                { tag: 'img', image_key: 'img_x' },
                { tag: 'text', text: '下周二跟进' },
              ],
            ],
          },
          mentions: [
            { key: '@_user_1', openId: botOpenId, name: 'chatcrm' },
            { key: '@_user_2', openId: 'ou_li', name: '李娜' },
          ],
        }),
      ),
      botOpenId,
    );
    expect(read).toMatchObject({
      kind: 'message',
      message: { chatKind: 'group', text: '拜访\n记录拜访 华为 和 @李娜\n下周二跟进' },
    });
  });

  it.each([
    ['an image', { messageType: 'image' as never, content: { image_key: 'img_1' } }, 'unsupported_type'],
    ['a group message for someone else', { chatType: 'group' as const, text: 'hi' }, 'not_mentioned'],
    [
      'only a mention',
      { text: '@_user_1', mentions: [{ key: '@_user_1', openId: botOpenId, name: 'bot' }] },
      'empty',
    ],
  ])('ignores %s', (_name, options, reason) => {
    expect(readFeishuMessage(eventOf(messageEvent(options)), botOpenId)).toEqual({ kind: 'ignored', reason });
  });
});

describe('reading card.action.trigger', () => {
  const value = { action: 'follow_up.move', payload: { followUpId: 3 }, chat: 'p2p' };
  const actionOf = (event: Record<string, unknown>, eventId?: string) => {
    const read = readCardAction(event, eventId);
    if (read.kind !== 'action') throw new Error(`not read as an action: ${read.kind}`);
    return read.action;
  };
  const read = (options: Parameters<typeof cardActionEvent>[0]) =>
    actionOf(eventOf(cardActionEvent(options)));

  it('reads the ids under context, the value and the form', () => {
    expect(read({ value, formValue: { date: '2026-12-01' } })).toMatchObject({
      messageId: 'om_card_1',
      chatId: 'oc_p2p_zhang',
      chatKind: 'p2p',
      operatorOpenId: 'ou_zhang',
      action: 'follow_up.move',
      payload: { followUpId: 3 },
      values: { date: '2026-12-01' },
    });
  });

  it('names a delivery by its event_id: a redelivery repeats it, a second press of the same button does not', () => {
    const press = cardActionEvent({ value });
    const eventId = (e: Record<string, unknown>) => (e.header as { event_id: string }).event_id;
    const key = actionOf(eventOf(press), eventId(press)).dedupeKey;
    expect(actionOf(eventOf(press), eventId(press)).dedupeKey).toBe(key);
    const again = cardActionEvent({ value });
    expect(actionOf(eventOf(again), eventId(again)).dedupeKey).not.toBe(key);
  });

  it('without an event_id, de-duplicates on card, operator, button and inputs, not on the card alone', () => {
    const key = read({ value, formValue: { date: '2026-12-01' } }).dedupeKey;
    expect(read({ value, formValue: { date: '2026-12-01' } }).dedupeKey).toBe(key);
    expect(read({ value, formValue: { date: '2026-12-02' } }).dedupeKey).not.toBe(key);
    expect(read({ value, openId: 'ou_li', formValue: { date: '2026-12-01' } }).dedupeKey).not.toBe(key);
    expect(read({ value: { ...value, action: 'follow_up.done' } }).dedupeKey).not.toBe(key);
  });
});
