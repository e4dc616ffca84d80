import { Writable } from 'node:stream';
import * as lark from '@larksuiteoapi/node-sdk';
import ExcelJS from 'exceljs';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createTokenCache } from '../../../src/adapters/feishu/create-token-cache.ts';
import { createFeishuFileDownloader } from '../../../src/adapters/feishu/download-feishu-file.ts';
import { readFeishuMessage } from '../../../src/adapters/feishu/read-feishu-message.ts';
import { csvFile } from '../../import/import-helpers.ts';
import type { RecordedRequest } from './fake-open-platform.ts';
import { startFakeOpenPlatform } from './fake-open-platform.ts';
import { cardActionEvent, findButtonValue, messageEvent } from './fixtures.ts';
import { type FeishuHarness, startFeishuHarness } from './harness.ts';

let h: FeishuHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const fileKey = 'file_v2_9b1b8f0e-5c1a-4c0e-9a55-0b3a7c1e2d3g';
const isResource = (r: RecordedRequest) => r.path.includes('/resources/');

/** A harness where 管理员 is Feishu user ou_admin and the fake serves `bytes` as the message's file. */
async function startWithFile(answer: { bytes: Uint8Array } | { status: number; code: number }) {
  const harness = await startFeishuHarness();
  const admin = await harness.db.person.findFirstOrThrow({ where: { name: '管理员' } });
  await harness.db.identity.create({
    data: { platform: 'feishu', externalId: 'ou_admin', personId: admin.id },
  });
  harness.fake.script((request) => {
    if (!isResource(request)) return undefined;
    return 'bytes' in answer
      ? { body: answer.bytes, headers: { 'content-type': 'application/octet-stream' } }
      : { status: answer.status, body: { code: answer.code, msg: 'no permission' } };
  });
  return harness;
}

/** A file message (message_type "file") in the sender's p2p chat with the bot. */
function fileMessage(harness: FeishuHarness, o: { name: string; openId?: string; messageId?: string }) {
  return messageEvent({
    openId: o.openId ?? 'ou_admin',
    chatId: 'oc_p2p_admin',
    messageId: o.messageId ?? 'om_file_1',
    messageType: 'file',
    content: { file_key: fileKey, file_name: o.name },
    createTime: harness.now(),
  });
}

const customers = csvFile('客户.csv', [
  '客户名称,地区,电话',
  '宁波东方电缆股份有限公司,宁波,13800138222',
  '无名公司,,12345',
]);

describe('Feishu: importing a file an admin sends', () => {
  it('a CSV sent in p2p gets the dry run; Import creates the customers and the card becomes the result', async () => {
    h = await startWithFile({ bytes: customers.bytes });
    await h.post('/feishu/events', fileMessage(h, { name: '客户.csv' }));
    await h.settle();
    const download = h.fake.requests.find(isResource)!;
    expect(download.path).toBe(`/open-apis/im/v1/messages/om_file_1/resources/${fileKey}`);
    expect(download.query.get('type')).toBe('file');
    expect(download.auth).toMatch(/^Bearer t-\d+$/);
    const preview = h.fake.sends().at(-1)!;
    expect(JSON.stringify(preview.card)).toContain('导入预览：客户.csv');
    expect(JSON.stringify(preview.card)).toContain('第 3 行 无名公司：电话「12345」无效');
    expect(await h.db.customer.count({ where: { name: '宁波东方电缆股份有限公司' } })).toBe(0);

    const value = findButtonValue(preview.card, 'import.confirm');
    const press = cardActionEvent({
      openId: 'ou_admin',
      chatId: 'oc_p2p_admin',
      messageId: 'om_sent_1',
      value,
    });
    const response = await h.post('/feishu/cards', press);
    await h.settle();
    expect(await h.db.customer.count({ where: { name: '宁波东方电缆股份有限公司' } })).toBe(1);
    const updated = JSON.stringify(response.body.card ?? h.fake.sends().at(-1)!.card);
    expect(updated).toContain('已导入：客户.csv');
    expect(updated).toMatch(/管理员 于 .+ 导入 1 行/);

    // The same callback delivered again (same event_id): caught at the edge, nothing runs twice.
    const redelivered = await h.post('/feishu/cards', press);
    expect(JSON.stringify(redelivered.body.toast)).toContain('这个操作已经处理过了');
    // Pressed again by the admin (a stale card on another device): a new event, and the core says
    // when it was imported and under which audit entry.
    const { auditId } = await h.db.pendingImport.findFirstOrThrow();
    const again = await h.post(
      '/feishu/cards',
      cardActionEvent({ openId: 'ou_admin', chatId: 'oc_p2p_admin', messageId: 'om_sent_1', value }),
    );
    expect(again.body.toast).toMatchObject({
      type: 'error',
      content: expect.stringMatching(
        new RegExp(`^「客户\\.csv」已于 .+ 导入过了（审计记录 #${auditId}），不会重复导入。$`),
      ),
    });
    expect(again.body.card).toBeUndefined();
    await h.settle();
    expect(await h.db.customer.count({ where: { name: '宁波东方电缆股份有限公司' } })).toBe(1);
  });

  it('an XLSX file works too', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('客户').addRows([
      ['客户名称', '地区'],
      ['青岛海纳重工有限公司', '青岛'],
    ]);
    h = await startWithFile({ bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) });
    await h.post('/feishu/events', fileMessage(h, { name: '名单.xlsx' }));
    await h.settle();
    const preview = h.fake.sends().at(-1)!;
    expect(JSON.stringify(preview.card)).toContain('青岛海纳重工有限公司');
    expect(findButtonValue(preview.card, 'import.confirm')).toBeTruthy();
  });

  it('a file from someone who is not an admin is refused and nothing is kept', async () => {
    h = await startWithFile({ bytes: customers.bytes });
    await h.post('/feishu/events', fileMessage(h, { name: '客户.csv', openId: 'ou_zhang' }));
    await h.settle();
    expect(JSON.stringify(h.fake.sends().at(-1)!.card)).toContain('只有管理员可以导入客户');
    expect(await h.db.pendingImport.count()).toBe(0);
  });

  it('a download Feishu refuses (403) gets a clear answer', async () => {
    h = await startWithFile({ status: 403, code: 234002 });
    await h.post('/feishu/events', fileMessage(h, { name: '客户.csv' }));
    await h.settle();
    expect(JSON.stringify(h.fake.sends().at(-1)!.card)).toContain('没能下载「客户.csv」 (HTTP 403)');
    expect(await h.db.pendingImport.count()).toBe(0);
  });

  it('a PDF gets told which files can be imported', async () => {
    h = await startWithFile({ bytes: new TextEncoder().encode('%PDF-1.4') });
    await h.post('/feishu/events', fileMessage(h, { name: '报价单.pdf' }));
    await h.settle();
    expect(JSON.stringify(h.fake.sends().at(-1)!.card)).toContain('只能导入 .csv 或 .xlsx 文件');
  });
});

describe('Feishu file messages and downloads', () => {
  const event = (chatType: 'p2p' | 'group') =>
    messageEvent({
      chatType,
      messageType: 'file',
      content: { file_key: fileKey, file_name: '客户.xlsx' },
    }).event as Parameters<typeof readFeishuMessage>[0];

  it('a file in p2p is read with its key and name; in a group (no mention possible) it is not taken', () => {
    const p2p = readFeishuMessage(event('p2p'), 'ou_bot_chatcrm');
    expect(p2p).toMatchObject({
      kind: 'message',
      message: { text: '', file: { key: fileKey, name: '客户.xlsx' } },
    });
    expect(readFeishuMessage(event('group'), 'ou_bot_chatcrm')).toEqual({
      kind: 'ignored',
      reason: 'not_mentioned',
    });
  });

  it('a refused download (404) is logged with its status and Feishu code', async () => {
    const fake = await startFakeOpenPlatform();
    fake.script((request) =>
      isResource(request) ? { status: 404, body: { code: 234003, msg: 'File not in msg.' } } : undefined,
    );
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const logger = pino({ level: 'info' }, stream);
    const client = new lark.Client({
      appId: 'cli_x',
      appSecret: 'secret-x',
      domain: fake.url,
      loggerLevel: lark.LoggerLevel.fatal,
    });
    const download = createFeishuFileDownloader({ client, tokens: createTokenCache(), logger });
    expect(await download('om_1', { key: fileKey, name: 'a.csv' })).toEqual({
      kind: 'unreadable',
      name: 'a.csv',
      reason: 'download_failed',
      status: 404,
    });
    expect(lines).toContainEqual(
      expect.objectContaining({ status: 404, code: 234003, msg: 'feishu file download failed' }),
    );
    expect(JSON.stringify(lines)).not.toContain('secret-x');
    await fake.close();
  });
});
