import { type Db, isDbHealthy } from '../../db/client.ts';
import { type OutboxBacklog, readOutboxBacklog } from '../../db/outbox-backlog.ts';

/** How a configured platform reaches us, and whether that way is open right now. */
export interface ChannelHealth {
  mode: 'socket_mode' | 'http' | 'long_connection' | 'webhook';
  /** A socket (Slack Socket Mode, Feishu long connection) is connected; a webhook mode is always up. */
  up: boolean;
}

/** Each configured platform's probe, by name (`slack`, `feishu`); absent platforms are not listed. */
export type ChannelProbes = Record<string, () => ChannelHealth>;

export interface HealthReport {
  /** `ok`, or `unavailable` (HTTP 503) when the database or a configured channel is down. */
  status: 'ok' | 'unavailable';
  database: 'ok' | 'unreachable';
  channels: Record<string, ChannelHealth>;
  /** Null when the database cannot be read. */
  outbox: OutboxBacklog | null;
}

/** The body of /healthz: what a load balancer or an operator needs to tell whether the bot can work. */
export async function checkHealth(db: Db, channels: ChannelProbes, now: Date): Promise<HealthReport> {
  const reachable = await isDbHealthy(db);
  const states = Object.fromEntries(Object.entries(channels).map(([name, probe]) => [name, probe()]));
  // The backlog is information, not a verdict: a rate-limited workspace may hold messages for minutes.
  const outbox = reachable ? await readOutboxBacklog(db, now).catch(() => null) : null;
  const down = !reachable || Object.values(states).some((state) => !state.up);
  return {
    status: down ? 'unavailable' : 'ok',
    database: reachable ? 'ok' : 'unreachable',
    channels: states,
    outbox,
  };
}
