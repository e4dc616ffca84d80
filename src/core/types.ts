import type { Card } from '../../cards/card.ts';
import type { Db } from '../db/client.ts';
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
  sender: Sender;
  chat: ChatRef;
  text: string;
}

export interface ActionEvent {
  kind: 'action';
  eventId: string;
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
}

export interface BotDeps {
  db: Db;
  logger: Logger;
  now: () => Date;
  timeZone: string;
  /** An optional language model; absent means rules and templates only. */
  llm?: LanguageModel;
}
