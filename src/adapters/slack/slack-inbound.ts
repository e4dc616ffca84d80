// What the Slack adapter records for each delivery it accepts, before acknowledging it: already
// normalised, so the work after the ack needs nothing but this.

/** The message a button or form came from, to update it in place afterwards. */
export interface SlackOrigin {
  /** The message's ts; absent when Slack did not say (a modal opened from elsewhere). */
  ts?: string;
  /** Ephemeral messages cannot be edited with chat.update: they are replaced through response_url. */
  ephemeral: boolean;
  responseUrl?: string;
}

interface Base {
  /** The Slack user who wrote or pressed. */
  user: string;
  channel: string;
  direct: boolean;
  /** Replies to a message in a thread stay in that thread. */
  threadTs?: string;
}

/** A file shared with a message, to download after the acknowledgement. */
export interface SlackFile {
  id: string;
  name: string;
  /** Bytes, as Slack reports it. */
  size: number;
  url: string;
}

export type SlackInbound =
  | (Base & { kind: 'message'; text: string; file?: SlackFile })
  | (Base & { kind: 'command'; text: string; responseUrl: string })
  | (Base & {
      kind: 'action';
      action: string;
      payload: Record<string, unknown>;
      values: Record<string, string>;
      origin: SlackOrigin;
      /** Pressed on the App Home: the answer goes to the person's direct messages, and Home is redrawn. */
      fromHome?: boolean;
      /** A message shortcut is answered through its response_url: the bot need not be in the channel. */
      replyUrl?: string;
    })
  /** The person opened the bot's Home tab: draw it for them. */
  | (Base & { kind: 'home' })
  /** "Show more": post the rest of a card that did not fit one message. */
  | (Base & { kind: 'more'; heldId: number });

/**
 * Slack ids of direct-message conversations start with D. A user id (U…, W… on Enterprise Grid) stands
 * for the person's conversation with the bot: chat.postMessage to it lands in the app's Messages tab.
 */
export function isDirectChannel(channel: string): boolean {
  return /^[DUW]/.test(channel);
}
