import type { SendOutcome } from '../shared/outbox-worker.ts';

// Feishu's frequency limits (open.feishu.cn "频控策略"): the gateway answers HTTP 429 with code
// 99991400 and `x-ogw-ratelimit-reset` seconds; sending answers 230020 (per chat or user) or 11232.
const rateLimitCodes = new Set([99991400, 11232]);
const perChatLimitCodes = new Set([230020]);
/** The tenant access token is missing, expired or revoked: fetch a new one and try again. */
export const invalidTokenCodes = new Set([99991661, 99991663, 99991664, 99991668, 99991671]);
/** Feishu's own transient failures ("internal error, retry later"). */
const transientCodes = new Set([1000004, 1000005, 99991672, 230001]);

export interface FeishuFailure {
  status?: number;
  code?: number;
  msg?: string;
  resetSeconds?: number;
  network?: string;
}

/** What the outbox does with a failed call: wait out a rate limit, retry a transient error, or give up. */
export function classifyFeishuFailure(failure: FeishuFailure): SendOutcome {
  const label = failure.code !== undefined ? `feishu_${failure.code}` : `http_${failure.status ?? 'error'}`;
  const reason = failure.msg ? `${label}: ${failure.msg}` : label;
  if (failure.network) return { kind: 'retry', reason: `network: ${failure.network}` };
  if (failure.status === 429 || (failure.code !== undefined && rateLimitCodes.has(failure.code))) {
    const seconds =
      failure.resetSeconds !== undefined && failure.resetSeconds >= 0 ? failure.resetSeconds : 1;
    return { kind: 'retry', reason, afterMs: seconds * 1000 };
  }
  if (failure.code !== undefined && perChatLimitCodes.has(failure.code)) return { kind: 'retry', reason };
  if (failure.code !== undefined && (invalidTokenCodes.has(failure.code) || transientCodes.has(failure.code)))
    return { kind: 'retry', reason };
  if (failure.status !== undefined && failure.status >= 500) return { kind: 'retry', reason };
  return { kind: 'failed', reason };
}

/** Reads an SDK rejection (axios error) or a resolved `{code, msg}` into the facts above. */
export function readFeishuFailure(error: unknown): FeishuFailure {
  const e = error as {
    response?: {
      status?: number;
      headers?: Record<string, unknown>;
      data?: { code?: unknown; msg?: unknown };
    };
    code?: unknown;
    message?: unknown;
  };
  if (!e?.response) return { network: String(e?.code ?? e?.message ?? 'unknown') };
  const data = e.response.data;
  const reset = Number(e.response.headers?.['x-ogw-ratelimit-reset']);
  return {
    status: e.response.status,
    ...(typeof data?.code === 'number' ? { code: data.code } : {}),
    ...(typeof data?.msg === 'string' ? { msg: data.msg } : {}),
    ...(Number.isFinite(reset) ? { resetSeconds: reset } : {}),
  };
}
