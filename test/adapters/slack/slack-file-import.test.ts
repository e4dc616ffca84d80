import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackFileDownloader } from '../../../src/adapters/slack/download-slack-file.ts';
import { csvFile } from '../../import/import-helpers.ts';
import { startFakeSlackApi } from './fake-slack-api.ts';
import { blocksText, buttonsOf, type SlackService, slackUsers, startSlackService } from './slack-harness.ts';
import { blockActions, postToSlackRoute } from './slack-payloads.ts';

let service: SlackService | undefined;
afterEach(async () => {
  await service?.stop();
  service = undefined;
});

const customers = csvFile('customers.csv', [
  'Name,Region,Phone',
  'Initrode Ltd,Shanghai,+86 139 1234 5678',
  'Nobody Inc,,12345',
]);

/**
 * A file shared with the bot: message.im with subtype file_share (no text needed), or an app_mention
 * carrying `files` in a channel. Shaped like Slack's message event with a file object.
 */
function fileShare(o: {
  url: string;
  name?: string;
  size?: number;
  user?: string;
  channel?: string;
  mention?: boolean;
  eventId?: string;
  text?: string;
}) {
  const channel = o.channel ?? 'D_ADMIN';
  return {
    token: 'XXYYZZ',
    team_id: 'T123ABC456',
    api_app_id: 'A123ABC456',
    type: 'event_callback',
    event_id: o.eventId ?? 'Ev_FILE_1',
    event_time: 1515449522,
    event: {
      type: o.mention ? 'app_mention' : 'message',
      ...(o.mention
        ? {}
        : { subtype: 'file_share', channel_type: channel.startsWith('D') ? 'im' : 'channel' }),
      text: o.text ?? (o.mention ? '<@U0LAN0Z89>' : ''),
      user: o.user ?? slackUsers.admin,
      channel,
      ts: '1515449600.000200',
      event_ts: '1515449600.000200',
      upload: false,
      files: [
        {
          id: 'F0123ABCD',
          created: 1515449600,
          name: o.name ?? 'customers.csv',
          title: o.name ?? 'customers.csv',
          mimetype: 'text/csv',
          filetype: 'csv',
          user: o.user ?? slackUsers.admin,
          size: o.size ?? customers.bytes.byteLength,
          mode: 'hosted',
          is_external: false,
          url_private: o.url,
          url_private_download: o.url,
        },
      ],
    },
  };
}

const filePath = '/files-pri/T123ABC456-F0123ABCD/download/customers.csv';

/** The message the outbox sent whose text starts so, with the ts Slack gave it. */
async function sentMessage(s: SlackService, method: string, startsWith: string) {
  const call = s.api.callsTo(method).find((c) => String(c.body.text).startsWith(startsWith));
  if (!call) throw new Error(`no ${method} starting "${startsWith}"`);
  const row = await s.db.outboxMessage.findFirstOrThrow({
    where: { status: 'sent', body: { contains: String(call.body.text) } },
  });
  return { call, ts: row.ref?.split('/')[1] ?? '' };
}

describe('Slack: importing a file an admin sends', () => {
  it('a DM with a CSV and no text gets the dry run; Import creates the customers and updates the card', async () => {
    service = await startSlackService();
    const url = service.api.serveFile(filePath, { bytes: customers.bytes, contentType: 'text/csv' });
    expect((await postToSlackRoute(service.base, fileShare({ url }))).status).toBe(200);
    await service.settle();
    const [download] = service.api.callsTo(`GET ${filePath}`);
    expect(download!.body.authorization).toBe('Bearer xoxb-test');
    const preview = await sentMessage(service, 'chat.postMessage', '导入预览');
    expect(blocksText(preview.call.body)).toContain('第 3 行 Nobody Inc：电话「12345」无效');
    expect(await service.db.customer.count({ where: { name: 'Initrode Ltd' } })).toBe(0);

    const confirm = buttonsOf(preview.call.body).find((b) => b.action_id.startsWith('import.confirm'))!;
    expect(confirm.text).toBe('导入 1 行');
    const press = blockActions({
      user: slackUsers.admin,
      channel: 'D_ADMIN',
      messageTs: preview.ts,
      button: confirm,
    });
    await postToSlackRoute(service.base, press);
    await service.settle();
    expect(await service.db.customer.count({ where: { name: 'Initrode Ltd' } })).toBe(1);
    const [update] = service.api.callsTo('chat.update');
    expect(update!.body).toMatchObject({ channel: 'D_ADMIN', ts: preview.ts });
    expect(blocksText(update!.body)).toMatch(/管理员 于 .+ 导入 1 行/);

    // The same press again (a double click) says so and imports nothing more.
    await postToSlackRoute(
      service.base,
      blockActions({
        ...press,
        user: slackUsers.admin,
        channel: 'D_ADMIN',
        messageTs: preview.ts,
        button: confirm,
        actionTs: '1596530999.000001',
      }),
    );
    await service.settle();
    expect(await service.db.customer.count({ where: { name: 'Initrode Ltd' } })).toBe(1);
    expect(JSON.stringify(service.api.calls.at(-1)!.body)).toContain('不会重复导入');
  });

  it('an XLSX shared with an @mention in a channel is previewed to the admin only', async () => {
    service = await startSlackService();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRows([
      ['客户名称', '地区'],
      ['苏州恒远精密机械有限公司', '苏州'],
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const url = service.api.serveFile('/files-pri/T1-F2/download/list.xlsx', { bytes });
    await postToSlackRoute(
      service.base,
      fileShare({ url, name: 'list.xlsx', size: bytes.byteLength, channel: 'C_SALES', mention: true }),
    );
    await service.settle();
    expect(service.api.callsTo('chat.postMessage')).toHaveLength(0);
    const [ephemeral] = service.api.callsTo('chat.postEphemeral');
    expect(ephemeral!.body).toMatchObject({ channel: 'C_SALES', user: slackUsers.admin });
    expect(blocksText(ephemeral!.body)).toContain('苏州恒远精密机械有限公司');
  });

  it('a file in a channel without a mention is not downloaded', async () => {
    service = await startSlackService();
    const url = service.api.serveFile(filePath, { bytes: customers.bytes });
    await postToSlackRoute(service.base, fileShare({ url, channel: 'C_SALES' }));
    await service.settle();
    expect(service.api.calls).toHaveLength(0);
  });

  it('a file from someone who is not an admin is refused', async () => {
    service = await startSlackService();
    const url = service.api.serveFile(filePath, { bytes: customers.bytes });
    await postToSlackRoute(service.base, fileShare({ url, user: slackUsers.zhang, channel: 'D_ZHANG' }));
    await service.settle();
    expect(blocksText(service.api.callsTo('chat.postMessage')[0]!.body)).toContain('只有管理员可以导入客户');
    expect(await service.db.pendingImport.count()).toBe(0);
  });

  it('a file Slack will not hand over (404) gets a clear answer', async () => {
    service = await startSlackService();
    const url = service.api.serveFile(filePath, { status: 404 });
    await postToSlackRoute(service.base, fileShare({ url }));
    await service.settle();
    expect(blocksText(service.api.callsTo('chat.postMessage')[0]!.body)).toContain(
      '没能下载「customers.csv」 (HTTP 404)',
    );
  });

  it('a file over 10 MB is refused without downloading it', async () => {
    service = await startSlackService();
    const url = service.api.serveFile(filePath, { bytes: customers.bytes });
    await postToSlackRoute(service.base, fileShare({ url, size: 11 * 1024 * 1024 }));
    await service.settle();
    expect(service.api.callsTo(`GET ${filePath}`)).toHaveLength(0);
    expect(blocksText(service.api.callsTo('chat.postMessage')[0]!.body)).toContain('超过 10 MB');
  });
});

describe('Slack file downloads', () => {
  async function withLog() {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const api = await startFakeSlackApi();
    return { api, lines, logger: pino({ level: 'info' }, stream) };
  }

  it('a 403 is logged with its status and answered as a failed download', async () => {
    const { api, lines, logger } = await withLog();
    const download = createSlackFileDownloader({ botToken: 'xoxb-secret', apiUrl: api.apiUrl, logger });
    const url = api.serveFile(filePath, { status: 403 });
    const got = await download({ id: 'F1', name: 'a.csv', size: 10, url });
    expect(got).toEqual({ kind: 'unreadable', name: 'a.csv', reason: 'download_failed', status: 403 });
    expect(lines).toContainEqual(
      expect.objectContaining({ status: 403, msg: 'slack file download refused' }),
    );
    expect(JSON.stringify(lines)).not.toContain('xoxb-secret');
    await api.close();
  });

  it("Slack's sign-in page (no files:read scope) is not taken for the file", async () => {
    const { api, lines, logger } = await withLog();
    const download = createSlackFileDownloader({ botToken: 'xoxb-t', apiUrl: api.apiUrl, logger });
    const url = api.serveFile(filePath, {
      bytes: new TextEncoder().encode('<html>'),
      contentType: 'text/html',
    });
    expect((await download({ id: 'F1', name: 'a.csv', size: 10, url })).kind).toBe('unreadable');
    expect(JSON.stringify(lines)).toContain('files:read');
    await api.close();
  });

  it('the bot token is never sent to a host that is not Slack', async () => {
    const { api, logger } = await withLog();
    const download = createSlackFileDownloader({ botToken: 'xoxb-t', logger });
    const url = api.serveFile(filePath, { bytes: customers.bytes });
    expect((await download({ id: 'F1', name: 'a.csv', size: 10, url })).kind).toBe('unreadable');
    expect(api.calls).toHaveLength(0);
    await api.close();
  });

  it('a file larger than announced stops downloading at the limit', async () => {
    const { api, logger } = await withLog();
    const download = createSlackFileDownloader({
      botToken: 'xoxb-t',
      apiUrl: api.apiUrl,
      logger,
      maxBytes: 20,
    });
    const url = api.serveFile(filePath, { bytes: customers.bytes });
    expect(await download({ id: 'F1', name: 'a.csv', size: 10, url })).toEqual({
      kind: 'unreadable',
      name: 'a.csv',
      reason: 'too_large',
    });
    await api.close();
  });
});
