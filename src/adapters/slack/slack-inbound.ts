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
    })
  /** "Show more": post the rest of a card that did not fit one message. */
  | (Base & { kind: 'more'; heldId: number });

/** Slack ids of direct-message conversations start with D. */
export function isDirectChannel(channel: string): boolean {
  return channel.startsWith('D');
}
