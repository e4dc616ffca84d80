import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../../cards/card.ts';
import { createOutboxWorker } from '../../../src/adapters/shared/outbox-worker.ts';
import { createPushDelivery } from '../../../src/adapters/shared/push-delivery.ts';
import type { Db } from '../../../src/db/client.ts';
import type { PushTarget } from '../../../src/db/push-deliveries.ts';
import { recordPush } from '../../../src/db/pushes.ts';
import { createTestDb } from '../../helpers/db.ts';

const logger = pino({ level: 'silent' });
const now = new Date('2026-11-23T02:00:00Z');
const card = (title: string): Card => ({ tone: 'info', title, sections: [], buttons: [] });

async function personWithAccount(db: Db, platform: string, externalId: string) {
  return db.person.create({ data: { name: externalId, identities: { create: { platform, externalId } } } });
}

function deliveryOn(db: Db) {
  const sent: string[] = [];
  const outbox = createOutboxWorker({
    db,
    logger,
    platform: 'slack',
    send: async (message) => {
      sent.push(`${message.conversation}: ${(message.body as { text: string }).text}`);
      return { kind: 'sent' };
    },
  });
  const delivery = createPushDelivery({
    db,
    logger,
    platform: 'slack',
    outbox,
    now: () => now,
    toMessages: async (target: PushTarget, cards: Card[]) =>
      cards.map((c) => ({
        platform: 'slack' as const,
        conversation: target.kind === 'person' ? target.externalId : target.chatId,
        op: 'post',
        body: { text: c.title },
      })),
  });
  return { delivery, outbox, sent };
}

describe('push delivery', () => {
  it('sends a person their pushes directly and a team chat its own, once', async () => {
    const { db } = await createTestDb();
    const rep = await personWithAccount(db, 'slack', 'U1');
    await recordPush(
      db,
      { key: 'digest:1', personId: rep.id, kind: 'follow_up_digest', cards: [card('Your follow-ups')] },
      now,
    );
    await recordPush(
      db,
      { key: 'report:1', chat: 'slack:C9', kind: 'daily_report', cards: [card('Team report')] },
      now,
    );
    const { delivery, outbox, sent } = deliveryOn(db);
    expect(await delivery.deliverDue()).toBe(2);
    expect(await delivery.deliverDue()).toBe(0);
    await outbox.drain();
    expect(sent).toEqual(['U1: Your follow-ups', 'C9: Team report']);
  });

  it('leaves pushes for people without an account on this platform and for other platforms’ chats', async () => {
    const { db } = await createTestDb();
    const feishuRep = await personWithAccount(db, 'feishu', 'ou_1');
    await recordPush(
      db,
      { key: 'd:2', personId: feishuRep.id, kind: 'follow_up_digest', cards: [card('x')] },
      now,
    );
    await recordPush(db, { key: 'r:2', chat: 'feishu:oc_1', kind: 'daily_report', cards: [card('y')] }, now);
    const { delivery } = deliveryOn(db);
    expect(await delivery.deliverDue()).toBe(0);
    expect(await db.push.count({ where: { deliveredAt: null } })).toBe(2);
  });

  it('two processes delivering at once send each push once', async () => {
    const { db } = await createTestDb();
    const rep = await personWithAccount(db, 'slack', 'U1');
    for (let i = 0; i < 5; i++)
      await recordPush(
        db,
        { key: `d:${i}`, personId: rep.id, kind: 'follow_up_due', cards: [card(`r${i}`)] },
        now,
      );
    const one = deliveryOn(db);
    const two = deliveryOn(db);
    await Promise.all([one.delivery.deliverDue(), two.delivery.deliverDue()]);
    expect(await db.outboxMessage.count()).toBe(5);
  });
});
