// Socket Mode envelopes shaped like Slack's (PLATFORMS.md, Appendix A4): the payload is the same body
// the HTTP transport would POST, wrapped with an envelope_id the client must ack.

let nextEnvelope = 0;

/** An Events API delivery; a redelivery has a new envelope_id, the same event_id and retry_attempt > 0. */
export function eventsApiEnvelope(
  payload: Record<string, unknown>,
  o: { envelopeId?: string; retryAttempt?: number } = {},
) {
  const attempt = o.retryAttempt ?? 0;
  return {
    envelope_id: o.envelopeId ?? `env-events-${++nextEnvelope}`,
    payload,
    type: 'events_api',
    accepts_response_payload: false,
    retry_attempt: attempt,
    retry_reason: attempt > 0 ? 'timeout' : '',
  };
}

/** A button press or form submission (block_actions / view_submission payload). */
export function interactiveEnvelope(payload: Record<string, unknown>, o: { envelopeId?: string } = {}) {
  return {
    envelope_id: o.envelopeId ?? `env-interactive-${++nextEnvelope}`,
    payload,
    type: 'interactive',
    accepts_response_payload: payload.type === 'view_submission',
  };
}

/** A slash command: over Socket Mode its fields arrive as a JSON object, not form-encoded. */
export function slashCommandEnvelope(form: string, o: { envelopeId?: string } = {}) {
  return {
    envelope_id: o.envelopeId ?? `env-command-${++nextEnvelope}`,
    payload: Object.fromEntries(new URLSearchParams(form)),
    type: 'slash_commands',
    accepts_response_payload: true,
  };
}

/** Slack asks the client to reconnect (it is about to recycle the connection). */
export function disconnectMessage(reason: 'refresh_requested' | 'warning' | 'link_disabled') {
  return { type: 'disconnect', reason, debug_info: { host: 'applink-fake-1' } };
}
