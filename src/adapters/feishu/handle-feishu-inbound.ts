import type { Card } from '../../../cards/card.ts';
import { lateMessageCard } from '../../../cards/late-message.ts';
import { noticeCard } from '../../../cards/notice.ts';
import type { Bot } from '../../core/handle-event.ts';
import type { Attachment, LocalizedReply, Reply, Sender } from '../../core/types.ts';
import type { Db } from '../../db/client.ts';
import { findIdentityLocale } from '../../db/find-identity-locale.ts';
import { type Locale, localeOfText } from '../../domain/people.ts';
import { t } from '../../i18n/t.ts';
import type { Logger } from '../../logger.ts';
import type { InboundWork } from '../shared/inbound-queue.ts';
import type { OutboxWorker } from '../shared/outbox-worker.ts';
import type { CardResponder } from './create-card-responder.ts';
import { feishuToast, textToast } from './feishu-toast.ts';
import { planFeishuReply, type ReplyOrigin } from './plan-feishu-reply.ts';
import { type FeishuMenuPress, isMenuKey, type MenuKey, menuCommands } from './read-bot-menu.ts';
import type { FeishuCardAction } from './read-card-action.ts';
import type { FeishuMessage } from './read-feishu-message.ts';

/** What the Feishu adapter records in the inbound queue. */
export type FeishuInbound = FeishuMessage | FeishuCardAction | FeishuMenuPress;

export interface FeishuInboundDeps {
  db: Db;
  logger: Logger;
  bot: Bot;
  outbox: OutboxWorker;
  findName(openId: string): Promise<string | undefined>;
  /** Whether a chat is p2p or a group, as Feishu says (create-chat-kind-lookup.ts). */
  findChatKind(chatId: string): Promise<'p2p' | 'group'>;
  /** Set once the responder exists (it needs the queue this processor feeds). */
  claim: CardResponder['claim'];
  now: () => Date;
  timeZone: string;
  /** A message sent longer ago than this is not acted on without the sender's confirmation. */
  staleAfterMs: number;
  /** Waits while webhook requests are being answered (messages only: a card press is interactive). */
  idle?: () => Promise<void>;
  /** Fetches the file of a file message (after the acknowledgement). */
  download?: (messageId: string, file: { key: string; name: string }) => Promise<Attachment>;
}

/** Processes one recorded event after it was acknowledged: the core answers, the outbox sends. */
export function createFeishuProcessor(deps: FeishuInboundDeps) {
  async function senderOf(openId: string): Promise<Sender> {
    const displayName = await deps.findName(openId);
    return { platform: 'feishu', externalId: openId, ...(displayName ? { displayName } : {}) };
  }
  /** For words said before the core answers (a late message, a menu press); replies carry their own. */
  async function localeOf(openId: string, text = ''): Promise<Locale> {
    const known = await findIdentityLocale(deps.db, 'feishu', openId);
    return known ?? localeOfText(text, 'zh-Hans');
  }
  /** Queues the reply in the same transaction that marks the event processed. */
  async function send(work: InboundWork, reply: LocalizedReply, origin: ReplyOrigin, inline: boolean) {
    const plan = planFeishuReply(reply, origin, { locale: reply.locale, inline });
    await work.complete(plan.messages);
    if (plan.messages.length > 0) deps.outbox.wake();
    return plan;
  }

  async function fetchFile(messageId: string, file: { key: string; name: string }): Promise<Attachment> {
    if (deps.download) return deps.download(messageId, file);
    return { kind: 'unreadable', name: file.name, reason: 'download_failed' };
  }

  async function processMessage(message: FeishuMessage, work: InboundWork): Promise<void> {
    const { eventId, recovered } = work;
    const origin: ReplyOrigin = { ...message, from: 'message' };
    const age = deps.now().getTime() - message.sentAt;
    // A late file only gets a dry run, which writes nothing: no need to ask first. An event recovered
    // after our own crash was delivered in time; its work may even be committed already.
    if (message.sentAt > 0 && age > deps.staleAfterMs && !message.file && !recovered) {
      // A burst redelivered after a reconnect: "done #12" from an hour ago may no longer be meant.
      deps.logger.info({ eventId, chatId: message.chatId, ageMs: age }, 'late message held for confirmation');
      const locale = await localeOf(message.senderOpenId, message.text);
      const card = lateMessageCard({
        locale,
        text: message.text,
        sentBy: message.senderOpenId,
        sentAt: new Date(message.sentAt),
        timeZone: deps.timeZone,
      });
      await send(work, { cards: [card], private: false, replaceOriginal: false, locale }, origin, false);
      return;
    }
    const reply = await deps.bot.handle({
      kind: 'message',
      eventId,
      ...(recovered ? { recovered: true } : {}),
      sender: await senderOf(message.senderOpenId),
      chat: { id: message.chatId, kind: message.chatKind === 'p2p' ? 'direct' : 'group' },
      text: message.text,
      ...(message.file ? { attachment: await fetchFile(message.messageId, message.file) } : {}),
    });
    await send(work, reply, origin, false);
  }

  async function processAction(action: FeishuCardAction, work: InboundWork): Promise<void> {
    const { eventId } = work;
    const again = work.recovered ? { recovered: true } : {};
    // Privacy follows the chat the button was pressed in, not the one the card was sent to (its
    // value's `chat`): a card from a direct chat can be forwarded into a group and pressed there.
    const chatKind = action.chatId ? await deps.findChatKind(action.chatId) : 'group';
    const origin: ReplyOrigin = {
      chatId: action.chatId,
      chatKind,
      senderOpenId: action.operatorOpenId,
      messageId: action.messageId,
      from: 'card',
    };
    const chat = { id: action.chatId, kind: chatKind === 'p2p' ? ('direct' as const) : ('group' as const) };
    let reply: LocalizedReply;
    if (action.action === 'message.run_late') {
      if (action.payload.by !== action.operatorOpenId) {
        deps.claim(eventId)?.({
          toast: feishuToast('error', 'notYours', await localeOf(action.operatorOpenId)),
        });
        return;
      }
      const text = String(action.payload.text ?? '');
      const ran = await deps.bot.handle({
        kind: 'message',
        eventId,
        ...again,
        sender: await senderOf(action.operatorOpenId),
        chat,
        text,
      });
      reply = { ...ran, replaceOriginal: true };
    } else {
      reply = await deps.bot.handle({
        kind: 'action',
        eventId,
        ...again,
        sender: await senderOf(action.operatorOpenId),
        chat,
        action: action.action,
        payload: action.payload,
        values: action.values,
      });
    }
    const deliver = deps.claim(eventId);
    const refusal = refusalOf(reply);
    if (refusal && deliver) {
      // Refused (no permission, already answered): a toast says why and the card stays as it was.
      deliver({ toast: textToast('error', refusal.title) });
      if (refusal.sections.length === 0) return;
    }
    const plan = await send(
      work,
      refusal ? { ...reply, private: true, replaceOriginal: false } : reply,
      origin,
      Boolean(deliver),
    );
    if (!deliver || refusal) return;
    deliver({
      toast: feishuToast(
        'success',
        plan.sentPrivately ? 'private' : plan.inlineCard ? 'updated' : 'done',
        reply.locale,
      ),
      ...(plan.inlineCard ? { card: { type: 'raw' as const, data: plan.inlineCard } } : {}),
    });
  }

  /**
   * A menu press runs what typing its words would (or its home-card action), answered in the person's direct chat with the bot
   * (the event names no chat). Nothing it runs writes, so a late redelivery needs no confirmation.
   */
  async function processMenu(press: FeishuMenuPress, work: InboundWork): Promise<void> {
    const { eventId } = work;
    const origin: ReplyOrigin = {
      chatId: '',
      chatKind: 'p2p',
      senderOpenId: press.operatorOpenId,
      messageId: '',
      from: 'menu',
    };
    const locale = await localeOf(press.operatorOpenId);
    if (!isMenuKey(press.eventKey)) {
      // A key added in the developer console that this version does not know: the operator's to fix.
      deps.logger.warn({ eventId, eventKey: press.eventKey }, 'feishu menu key unknown');
      const card = noticeCard({
        tone: 'warning',
        title: t(locale, 'feishu.menu.unknown.title'),
        text: t(locale, 'feishu.menu.unknown.text'),
      });
      await send(work, { cards: [card], private: true, replaceOriginal: false, locale }, origin, false);
      return;
    }
    const command: (typeof menuCommands)[MenuKey] = menuCommands[press.eventKey];
    const event = {
      eventId,
      ...(work.recovered ? { recovered: true } : {}),
      sender: await senderOf(press.operatorOpenId),
      chat: { id: `open_id:${press.operatorOpenId}`, kind: 'direct' as const },
    };
    const reply = await deps.bot.handle(
      'action' in command
        ? { kind: 'action', ...event, action: command.action, payload: {}, values: {} }
        : { kind: 'message', ...event, text: command.text[locale] },
    );
    await send(work, reply, origin, false);
  }

  return async (payload: FeishuInbound, work: InboundWork): Promise<void> => {
    if (payload.type === 'card_action') return processAction(payload, work);
    await deps.idle?.();
    if (payload.type === 'message') await processMessage(payload, work);
    else await processMenu(payload, work);
  };
}

/** The card saying why, when the core refused the action (or failed on it) and nothing changed. */
function refusalOf(reply: Reply): Card | null {
  return reply.refused ? (reply.cards[0] ?? null) : null;
}
