import { afterEach, describe, expect, it } from 'vitest';
import { messageEvent } from './fixtures.ts';
import { type FeishuHarness, startFeishuHarness } from './harness.ts';

let h: FeishuHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

type SentCard = {
  header: { title: { i18n_content: Record<string, string> } };
  config: { locales: string[] };
};

describe("the Feishu renderer and the reply's locale", () => {
  it('renders a traditional Chinese reply under the Taiwan and Hong Kong keys', async () => {
    h = await startFeishuHarness();
    await h.post(
      '/feishu/events',
      messageEvent({ createTime: h.now(), text: '記錄拜訪 華為，和張總聊了報價，下週二跟進' }),
    );
    await h.settle();
    const card = h.fake.sends()[0]!.card as SentCard;
    expect(card.header.title.i18n_content).toEqual({
      zh_tw: '已記錄拜訪：华为技术有限公司',
      zh_hk: '已記錄拜訪：华为技术有限公司',
    });
    expect(card.config.locales).toEqual(['zh_cn', 'zh_tw', 'zh_hk', 'en_us']);
  });

  it('uses the locale the reply carries, not the one stored for the person', async () => {
    // 张伟 is stored as simplified Chinese; the core says this reply is in English.
    h = await startFeishuHarness({
      wrapCore: (core) => ({ handle: async (event) => ({ ...(await core.handle(event)), locale: 'en' }) }),
    });
    await h.post('/feishu/events', messageEvent({ createTime: h.now(), text: '我的跟进' }));
    await h.settle();
    const card = h.fake.sends()[0]!.card as SentCard;
    expect(Object.keys(card.header.title.i18n_content)).toEqual(['en_us']);
  });
});
