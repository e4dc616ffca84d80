import { describe, expect, it } from 'vitest';
import { demoCustomers } from '../../../src/cli/demo-data.ts';
import { createNameIndex } from '../../../src/domain/customers/name-index.ts';
import { readCustomerMentions } from '../../../src/domain/customers/read-customer-mentions.ts';

const customers = demoCustomers.map(([name, , , , , aliases], index) => ({
  id: index + 1,
  name,
  aliases: aliases ?? [],
}));
const nameOf = (id: number) => customers[id - 1]!.name;

function named(text: string, index = createNameIndex(customers)) {
  return readCustomerMentions(text, index).map((mention) => ({
    text: text.slice(mention.start, mention.end),
    customers: mention.customerIds.map(nameOf),
    competitor: mention.competitor,
  }));
}

describe('customers named anywhere in a sentence', () => {
  it.each([
    ['今天去了美的集团，见了王工', '美的集团', '美的集团股份有限公司'],
    ['上午去美的那边坐了坐', '美的', '美的集团股份有限公司'],
    ['和招行李经理开了视频会', '招行', '招商银行股份有限公司'],
    ['和比亚迪开了个会，讨论了二期合作', '比亚迪', '比亚迪股份有限公司'],
    ['华为现在谁在跟？', '华为', '华为技术有限公司'],
    ['华为终端的王工来电', '华为终端', '华为终端有限公司'],
    ['台積電陳經理來訪', '台積電', '台積電股份有限公司'],
    ['去宁德时代做了培训', '宁德时代', '宁德时代新能源科技股份有限公司'],
    ['海康威视那边说设备老是掉线', '海康威视', '海康威视数字技术股份有限公司'],
    ['call w acme sarah re: PO', 'acme', 'Acme Corp'],
    ['Pied Piper demo went well', 'Pied Piper', 'Pied Piper'],
    ["lunch with Globex's CFO", 'Globex', 'Globex Corporation'],
    ['Met Umbrella folks today', 'Umbrella', 'Umbrella Co., Ltd.'],
    ['去平安坐了坐', '平安', '中国平安保险(集团)股份有限公司'],
    ['HW的张总说下周定', 'HW', '华为技术有限公司'],
    ['联想说培训讲师讲得不清楚', '联想', '联想集团有限公司'],
    ['小米来公司参观，明天发感谢信', '小米', '小米科技有限责任公司'],
    ['CMB call, demo scheduled', 'CMB', '招商银行股份有限公司'],
    ['umbrella corp zoom, they want references', 'umbrella corp', 'Umbrella Co., Ltd.'],
    ['联想的老赵约我明天过去聊聊', '联想', '联想集团有限公司'],
    ['小米那个单子推进到哪一步了', '小米', '小米科技有限责任公司'],
    ['陪王經理去了一趟小米', '小米', '小米科技有限责任公司'],
    ['拜访了下中兴，对方说预算砍了一半', '中兴', '中兴通讯股份有限公司'],
    ['stark - contract redlines back, legal reviewing', 'stark', 'Stark Industries'],
    ['字节的HR系统项目今天启动了', '字节', '北京字节跳动科技有限公司'],
    ['联想视频会，明天发报价', '联想', '联想集团有限公司'],
    ['美的上次拜访是啥时候', '美的', '美的集团股份有限公司'],
    ['平安科技部开了个会', '平安', '中国平安保险(集团)股份有限公司'],
    ['平安的领导打电话来发火', '平安', '中国平安保险(集团)股份有限公司'],
    ['美的有几个联系人', '美的', '美的集团股份有限公司'],
    ['pull up Stark', 'Stark', 'Stark Industries'],
  ])('%s → %s', (text, written, customer) => {
    expect(named(text)).toEqual([{ text: written, customers: [customer], competitor: false }]);
  });

  it.each([
    ['今天很美的一天'],
    ['一路平安，到了说一声'],
    ['理想情况下下周能签'],
    ['我联想到了上次的事'],
    ['祝你们平安的朋友都好'],
    ['理想的会议室要有白板'],
    ['这个小米粥不错'],
    ['the umbrella is broken'],
    ['stark contrast with last year'],
    ['the hw is fine, software crashed'],
    ['acmeware called about nothing'],
  ])('an everyday word without a customer context is no customer: %s', (text) => {
    expect(named(text)).toEqual([]);
  });

  it('marks a competitor named beside the customer', () => {
    expect(named('今天去了美的集团，竞品海尔给了九折')).toEqual([
      { text: '美的集团', customers: ['美的集团股份有限公司'], competitor: false },
      { text: '海尔', customers: ['海尔集团'], competitor: true },
    ]);
    expect(named('competitor Oscorp undercut us at Acme')[0]).toMatchObject({
      text: 'Oscorp',
      competitor: true,
    });
    expect(named('今天在美的开会，对方说海尔给的价格比我们低10%')[1]).toMatchObject({
      text: '海尔',
      competitor: true,
    });
    expect(named('Globex undercut us on price, Acme told me')[0]).toMatchObject({
      text: 'Globex',
      competitor: true,
    });
  });

  it('offers every customer that shares a short name', () => {
    const index = createNameIndex([...customers, { id: 99, name: '华为科技有限公司', aliases: [] }]);
    expect(readCustomerMentions('华为的张总', index)[0]!.customerIds.sort()).toEqual([1, 99]);
  });

  it('follows a rename, a new alias and a removal without a rebuild', () => {
    const index = createNameIndex(customers);
    index.put(11, { name: '美的电器股份有限公司', aliases: ['Midea'] });
    expect(named('met midea folks', index)[0]?.customers).toEqual(['美的集团股份有限公司']);
    expect(named('去了美的电器', index)).toHaveLength(1);
    index.put(11, null);
    expect(named('去了美的电器', index)).toEqual([]);
    expect(index.size).toBe(customers.length - 1);
  });
});
