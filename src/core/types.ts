import type { Card } from '../../cards/card.ts';
import type { Db } from '../db/client.ts';
import type { Locale, PlatformAccount } from '../domain/people.ts';
import type { Logger } from '../logger.ts';
import type { LanguageModel } from './llm/language-model.ts';

export type Platform = 'slack' | 'feishu' | 'console';

/** Who sent an event, as the platform knows them. */
export interface Sender {
  platform: Platform;
  externalId: string;
  displayName?: string;
}

export interface ChatRef {
  id: string;
  kind: 'direct' | 'group';
}

export interface MessageEvent {
  kind: 'message';
  /** The platform's id for the event; "console:17" in the console. */
  eventId: string;
  /** Run again after a crash: see `ActionEvent.recovered`. */
  recovered?: boolean;
  sender: Sender;
  chat: ChatRef;
  text: string;
  /** A file sent with the message (an admin's customer list), or why the adapter could not fetch it. */
  attachment?: Attachment;
}

/** The largest file the bot takes from chat; adapters stop downloading past it. */
export const maxAttachmentBytes = 10 * 1024 * 1024;

/**
 * A file attached to a message, as the adapter fetched it. `unreadable`: the platform would not give
 * it (`download_failed`, with the HTTP status when there was one) or it is over `maxAttachmentBytes`.
 */
export type Attachment =
  | { kind: 'file'; name: string; bytes: Uint8Array }
  | { kind: 'unreadable'; name: string; reason: 'too_large' | 'download_failed'; status?: number };

export interface ActionEvent {
  kind: 'action';
  eventId: string;
  /**
   * The adapter runs the event again after its process died while working on it: what it wrote may
   * already be committed, and then the core answers from those writes instead of writing again.
   */
  recovered?: boolean;
  sender: Sender;
  chat: ChatRef;
  action: string;
  payload: Record<string, unknown>;
  /** Form inputs submitted with the action, by input id. */
  values: Record<string, string>;
}

export type BotEvent = MessageEvent | ActionEvent;

/**
 * What the core answers. `private` asks the adapter to show the cards to the sender only (ephemeral
 * or a direct message) because they reveal customer details. `replaceOriginal` asks it to update the
 * card the action came from instead of posting a new one.
 */
export interface Reply {
  cards: Card[];
  private: boolean;
  replaceOriginal: boolean;
  /** The core refused the event or failed on it: nothing changed, and the one card says why. */
  refused?: boolean;
  /**
   * The language the cards are written in, the reader's. Adapters render the words they add (buttons,
   * "show more", Feishu's locale keys) in it rather than looking the person up or guessing from text.
   */
  locale?: Locale;
}

/** A reply as the core's entry gives it out: always with its locale. */
export type LocalizedReply = Reply & { locale: Locale };

export interface BotDeps {
  db: Db;
  logger: Logger;
  now: () => Date;
  timeZone: string;
  /** An optional language model; absent means rules and templates only. */
  llm?: LanguageModel;
  /** People made admins when they first write (ADMIN_USERS); absent means none. */
  adminUsers?: readonly PlatformAccount[];
}
