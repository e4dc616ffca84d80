import { type Attachment, maxAttachmentBytes } from '../../core/types.ts';
import type { Logger } from '../../logger.ts';
import { readCapped } from '../shared/read-capped.ts';
import type { SlackFile } from './slack-inbound.ts';

const timeoutMs = 30_000;

/**
 * Fetches a file shared with the bot from its `url_private_download`, with the bot token (needs the
 * files:read scope). The token goes only to Slack's own hosts (or the configured SLACK_API_URL's, for
 * tests). Every failure becomes an unreadable attachment, so the person hears why, plus a log line.
 */
export function createSlackFileDownloader(deps: {
  botToken: string;
  apiUrl?: string;
  logger: Logger;
  maxBytes?: number;
}): (file: SlackFile) => Promise<Attachment> {
  const maxBytes = deps.maxBytes ?? maxAttachmentBytes;
  const extraOrigin = deps.apiUrl ? new URL(deps.apiUrl).origin : undefined;
  return async (file) => {
    const log = deps.logger.child({ fileId: file.id, size: file.size });
    const failed = (status?: number): Attachment => ({
      kind: 'unreadable',
      name: file.name,
      reason: 'download_failed',
      ...(status ? { status } : {}),
    });
    if (file.size > maxBytes) {
      log.info('slack file over the size limit: not downloaded');
      return { kind: 'unreadable', name: file.name, reason: 'too_large' };
    }
    if (!isTrusted(file.url, extraOrigin)) {
      log.warn({ host: hostOf(file.url) }, 'slack file url is not on a slack host: not downloaded');
      return failed();
    }
    let response: Response;
    try {
      response = await fetch(file.url, {
        headers: { authorization: `Bearer ${deps.botToken}` },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      log.warn({ err: error }, 'slack file download failed');
      return failed();
    }
    if (!response.ok || !response.body) {
      log.warn({ status: response.status }, 'slack file download refused');
      return failed(response.status);
    }
    // Without files:read Slack answers 200 with its sign-in page instead of the file.
    if ((response.headers.get('content-type') ?? '').includes('text/html')) {
      log.warn('slack sent a web page instead of the file: is the files:read scope granted?');
      await response.body.cancel();
      return failed(response.status);
    }
    const bytes = await readCapped(response.body, maxBytes);
    if (!bytes) {
      log.info('slack file over the size limit while downloading: dropped');
      return { kind: 'unreadable', name: file.name, reason: 'too_large' };
    }
    log.debug({ bytes: bytes.byteLength }, 'slack file downloaded');
    return { kind: 'file', name: file.name, bytes };
  };
}

function isTrusted(url: string, extraOrigin: string | undefined): boolean {
  try {
    const parsed = new URL(url);
    if (extraOrigin && parsed.origin === extraOrigin) return true;
    return (
      parsed.protocol === 'https:' &&
      (parsed.hostname === 'slack.com' || parsed.hostname.endsWith('.slack.com'))
    );
  } catch {
    // Not a URL at all: nothing to download.
    return false;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    // Logged only; an unparsable URL has no host.
    return '';
  }
}
