import { randomUUID } from 'node:crypto';
import { noticeCard } from '../../cards/notice.ts';
import type { Locale } from '../domain/people.ts';
import { isBotError } from '../errors.ts';
import { t } from '../i18n/t.ts';
import type { Logger } from '../logger.ts';
import { admitSender } from './admit-sender.ts';
import { type Ctx, reply } from './context.ts';
import { handleAction } from './handle-action.ts';
import { handleMessage } from './handle-message.ts';
import { importFile } from './intents/import-file.ts';
import { recallReply } from './recall-reply.ts';
import type { BotDeps, BotEvent, LocalizedReply, Reply } from './types.ts';

export interface Bot {
  handle(event: BotEvent): Promise<LocalizedReply>;
}

/** The bot as created: it also tells when the work it started after replying is done. */
export interface RunningBot extends Bot {
  /** Resolves once the work started after replies (model drafts) has finished. */
  idle(): Promise<void>;
}

/** The one entry into the core for every platform: a neutral event in, neutral cards out. */
export function createBot(deps: BotDeps): RunningBot {
  const running = new Set<Promise<void>>();
  const defer = (log: Logger) => (label: string, work: () => Promise<void>) => {
    const task = work()
      .catch((error: unknown) => {
        // Background work only improves what was already answered; the answer stands.
        log.error({ err: error, task: label }, 'background work failed');
      })
      .finally(() => running.delete(task));
    running.add(task);
  };
  return {
    handle: (event) => handleEvent(deps, event, defer),
    idle: async () => {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}

async function handleEvent(
  deps: BotDeps,
  event: BotEvent,
  defer: (log: Logger) => Ctx['defer'],
): Promise<LocalizedReply> {
  const log = deps.logger.child({
    platform: event.sender.platform,
    chatId: event.chat.id,
    eventId: event.eventId,
  });
  let locale: Locale = 'zh-Hans';
  try {
    const source = `${event.sender.platform}:${event.eventId}`;
    // Someone not let in gets a short answer and nothing else runs for them.
    const admission = await admitSender(deps, event, source);
    if (admission.kind === 'outsider') {
      log.info('message from someone not let in yet');
      return { ...admission.reply, locale: admission.reply.locale ?? locale };
    }
    const { actor } = admission;
    locale = actor.locale;
    // A message may change the person's language (they wrote in another): handleMessage says so on its reply.
    const localized = (answer: Reply): LocalizedReply => ({ ...answer, locale: answer.locale ?? locale });
    const ctx: Ctx = {
      ...deps,
      actor,
      log,
      source,
      chat: event.chat,
      defer: defer(log),
    };
    if (event.recovered) {
      const recalled = await recallReply(ctx);
      if (recalled) return localized(recalled);
    }
    if (event.kind === 'action') return localized(await handleAction(ctx, event));
    // A file sent to the bot is a customer list to import, whatever text came with it.
    return localized(
      event.attachment ? await importFile(ctx, event.attachment) : await handleMessage(ctx, event.text),
    );
  } catch (error) {
    // The one place that catches: a BotError is an answer, anything else is our fault.
    if (isBotError(error)) {
      log.info({ code: error.code }, 'request refused');
      return {
        ...reply([noticeCard({ tone: 'warning', title: error.userMessage })], {
          private: true,
          refused: true,
        }),
        locale,
      };
    }
    const ref = randomUUID().slice(0, 8);
    log.error({ err: error, ref }, 'event failed');
    const apology = noticeCard({
      tone: 'danger',
      title: t(locale, 'error.unexpected.title'),
      text: t(locale, 'error.unexpected.text', { ref }),
    });
    return { ...reply([apology], { private: true, refused: true }), locale };
  }
}
