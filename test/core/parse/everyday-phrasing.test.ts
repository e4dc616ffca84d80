import { describe, expect, it } from 'vitest';
import type { Intent } from '../../../src/core/parse/parse-result.ts';
import { parseAt } from './parse-at.ts';

// Phrasing families reps use once they stop thinking about the bot: the number before the verb, English
// words inside Chinese, the customer before the command, money said the way it is said aloud.

const families: [Intent, string[]][] = [
  [
    'log_visit',
    [
      'Umbrella dinner — they liked the roadmap, follow up Thursday',
      'initech workshop: 12 people, good energy',
      'vandelay coffee went great',
      'the Acme team came by our showroom',
      '和腾讯的李总吃了个 brunch',
      '跟京东 quick sync 了一下，明天发方案',
      '蔚来 video call，对方要案例',
      '宁德时代签了合作协议，下周跟进细节',
      '价格没谈拢，周五再碰',
      '海康的培训进行得很顺利',
      '陪华为的专家去产线转了转',
      '美团的周会也开完了',
      '鴻海開了個視訊會',
      '給中華電信做了教育訓練',
      '和海尔的刘总喝了几杯，聊得很投机',
      'Stark EBR went sideways',
      '比亚迪的工程师带队来展厅看样机',
      '格力的讲座圆满结束',
      '和招行过了一遍实施计划',
      '宁德时代的测试组来我们这边调试了两天',
      '在海尔呆了一上午',
      '比亚迪的技术交流通过了，等商务',
      'Globex folks attended our open house',
      'Initech 1:1 done, they need a security review',
      'Hooli walkthrough of the admin console',
      'umbrella pricing convo, they push back on seats',
      '京东的领导下午过来，参观了展厅',
      '海康三期部署完毕，客户签字确认',
      '带招行的人把上线流程走了一遍',
      '海尔来了五个人做现场勘察',
      '招行 资料已经寄过去了',
      '海康 今天现场联调 基本ok 还有两个bug 下周三回访',
      '去大疆交了标书',
    ],
  ],
  [
    'find_customer',
    [
      '海尔的沟通记录',
      '顺丰最近的跟进',
      '小米有没有人在跟',
      '京东张总的微信是啥',
      '有没有一家叫苏州博远的',
      'is Vandelay in the system?',
      'Initech: what is happening there?',
      'Hooli call history',
      '海尔的联系电话',
      'tell me all about Initech',
      "how's the Hooli renewal shaping up",
      'who at Globex approves budgets?',
      '招行的客户经理',
      '顺丰最近有啥新动态',
      '海尔今年拜访过几次',
      '京东现在处于哪个阶段',
      'any open tickets with Hooli?',
      '京东是哪个同事的客户',
      '海康有几条没处理的投诉',
      "Initech's champion?",
      '海康现在几个人在对接',
      '招行的维保到期时间',
    ],
  ],
  [
    'list_followups',
    [
      '这周的 follow up 都有哪些',
      '我的 to-do',
      '今天要聯絡哪些客戶',
      'open follow-ups',
      'am I behind on anything?',
      '这周有没有忘了回访的',
      'list my pending ones',
      'remind me what I need to do this week',
      '明天的提醒',
      '今天该回哪些电话',
      '过期的有哪些',
      '看看逾期的',
    ],
  ],
  [
    'complete_followup',
    [
      '#4 已经发了报价',
      '#6 打过电话了',
      '#2 sent the deck',
      '#7 跟进完了',
      '#4 done 🎉',
      '#2 closed',
      '#5 ok了',
      '#6 已联系',
      '#3 完结',
      '#8 done, thx',
      '#9 ✅',
      '#7 done - sent the deck',
    ],
  ],
  [
    'reschedule_followup',
    [
      '#3 下周一',
      '#5 12/20',
      '#2 next Tuesday',
      '#3 push to Monday',
      '#5 delay until next Friday',
      '#2 往后推三天',
      '#4 往后挪到周五',
    ],
  ],
  [
    'daily_report',
    [
      '团队今天跑了多少客户',
      '大家今天都干了啥',
      '本周的工作总结',
      '帮我生成今天的报告',
      'send me the team summary',
      '昨天的总结报告',
      '团队这周的情况',
      '今天大家跑得怎么样',
      '张伟这周拜访了几个客户',
      'how did the team do today',
    ],
  ],
  [
    'help',
    [
      '操作手册在哪儿',
      '教我怎么用',
      'help me get started',
      '咋用呀这个机器人',
      '你都会些啥',
      '有没有操作手册',
      '可以教我怎么导出客户吗',
    ],
  ],
  ['small_talk', ['喂', '祝大家新年快乐', '各位辛苦了', '谢啦老铁', '哈哈好的', "you're the best"]],
  [
    'file_complaint',
    [
      '华为收到的模组断了两根',
      '招行说 APP 经常 504，影响了业务',
      'two of the Acme units were DOA',
      '美的说施工队把现场搞得乱七八糟',
      '京東反映投影機有閃屏',
      'Vandelay is sick of the billing mistakes',
      '招行说客服热线老是占线',
      "Initech's reports stopped updating",
      '台積電說外殼有擦傷',
      'cyberdyne: robots offline since last night',
    ],
  ],
];

describe('everyday phrasing families', () => {
  it.each(families.flatMap(([intent, texts]) => texts.map((text) => [text, intent] as const)))(
    '「%s」 → %s',
    (text, intent) => {
      expect(parseAt(text).intent).toBe(intent);
    },
  );
});

describe('commands with the customer or the amount where people put them', () => {
  it.each([
    ['请帮我加个客户 无锡恒通机械', 'add_customer', '无锡恒通机械'],
    ['新建一家客户：宁波海天塑机', 'add_customer', '宁波海天塑机'],
    ['please add Contoso Ltd as a client', 'add_customer', 'Contoso Ltd'],
    ['add Blue Yonder to the CRM', 'add_customer', 'Blue Yonder'],
    ['我来认领一下汇川技术', 'claim_customer', '汇川技术'],
    ['汇川技术我来跟吧', 'claim_customer', '汇川技术'],
    ['安恒归我了', 'claim_customer', '安恒'],
    ['汇川我想接过来', 'claim_customer', '汇川'],
    ['安恒我来接手', 'claim_customer', '安恒'],
    ['京东下了个80万的单', 'record_sale', '京东'],
  ] as const)('「%s」 → %s for %s', (text, intent, customer) => {
    expect(parseAt(text)).toMatchObject({ intent, customer });
  });

  it('adds a contact named after the customer it belongs to', () => {
    expect(parseAt('招行新增联系人 赵经理 13911112222').command).toMatchObject({
      intent: 'add_contact',
      customer: '招行',
      name: '赵经理',
      phone: '13911112222',
    });
    expect(parseAt('台積電新增聯絡人 林協理').command).toMatchObject({ customer: '台積電', name: '林協理' });
    expect(parseAt('給台積電加個聯絡人 林協理 0912-888-777').command).toMatchObject({
      customer: '台積電',
      name: '林協理',
    });
  });

  it.each([
    ['美的还欠我们 20万 货款', 'record_arrears', '美的', 20_000_000],
    ['比亚迪有 50万 尾款还没结', 'record_arrears', '比亚迪', 50_000_000],
    ['海尔还有 8万 没结', 'record_arrears', '海尔', 8_000_000],
    ['顺丰 应收 6万', 'record_arrears', '顺丰', 6_000_000],
    ['Globex has an outstanding balance of $12,000', 'record_arrears', 'Globex', 1_200_000],
    ['海尔今天转账了 15万', 'record_payment', '海尔', 15_000_000],
    ['华为的货款到账了，50万', 'record_payment', '华为', 50_000_000],
    ['got $8,000 from Initech', 'record_payment', 'Initech', 800_000],
    ['招行下了一单 60万 👏', 'record_sale', '招行', 60_000_000],
    ['Hooli closed: 25k USD', 'record_sale', 'Hooli', 2_500_000],
    ['Acme signed a 3-year contract worth $90k', 'record_sale', 'Acme', 9_000_000],
    ['won Hooli! $40k ARR', 'record_sale', 'Hooli', 4_000_000],
    ['格力打了 12万 过来', 'record_payment', '格力', 12_000_000],
    ['海尔追加了一单 30万', 'record_sale', '海尔', 30_000_000],
    ['招行续签了两年，共 200万', 'record_sale', '招行', 200_000_000],
    ['Globex bought 20 more seats for 5k', 'record_sale', 'Globex', 500_000],
    ['海尔 合同 60万 签了 🎉', 'record_sale', '海尔', 60_000_000],
    ['京东的尾款收到了 8万', 'record_payment', '京东', 8_000_000],
    ["Hooli still hasn't paid the 3k invoice", 'record_arrears', 'Hooli', 300_000],
    ['顺丰 还差 3万 没回', 'record_arrears', '顺丰', 3_000_000],
    ['万科还有80万尾款拖着不给', 'record_arrears', '万科', 80_000_000],
    ['Hooli paid the first invoice, 20k', 'record_payment', 'Hooli', 2_000_000],
    ['美的的首付款到了 30万', 'record_payment', '美的', 30_000_000],
    ['美的尾款15万收到了', 'record_payment', '美的', 15_000_000],
    ['华为的尾款 30万 收到了', 'record_payment', '华为', 30_000_000],
    ['Soylent renewed for another year, 35k', 'record_sale', 'Soylent', 3_500_000],
    ['Hooli wired the 15k', 'record_payment', 'Hooli', 1_500_000],
    ['京东还有40万应收没回来', 'record_arrears', '京东', 40_000_000],
    ['联想追加了20台，12万', 'record_sale', '联想', 12_000_000],
    ['Gringotts expanded to 3 more branches, +60k', 'record_sale', 'Gringotts', 6_000_000],
    ['比亚迪欠的那笔钱还没还，80万', 'record_arrears', '比亚迪', 80_000_000],
    ['Pied Piper is 2 months behind on payment, $18k', 'record_arrears', 'Pied Piper', 1_800_000],
  ] as const)('「%s」 → %s of %s', (text, intent, customer, amountCents) => {
    expect(parseAt(text).command).toMatchObject({ intent, customer, amountCents });
  });

  it('takes the day a customer promised to pay as the due day', () => {
    expect(parseAt('蔚来欠款12万，说月底付').command).toMatchObject({
      intent: 'record_arrears',
      customer: '蔚来',
      amountCents: 12_000_000,
      dueOn: '2026-11-30',
    });
    expect(parseAt('海尔 欠款 5万 到期 下周五').command).toMatchObject({ dueOn: '2026-12-04' });
  });

  it.each(['got a call from Acme', '华为欠我们一个报价', '加班到很晚'])(
    'leaves 「%s」 to the other rules',
    (text) => {
      expect(parseAt(text).command).toBeNull();
    },
  );
});

describe('the next step said as the thing we will do', () => {
  it.each([
    ['比亚迪开完会了，周三再给他们打个电话确认数量', '2026-11-25'],
    ['顺丰的会开到七点，累死了，周四继续', '2026-11-26'],
    ['CATL 视频 call，对方要 case study，周三发', '2026-11-25'],
    ['海尔要下周之前拿到报价，我明天先发一版', '2026-11-24'],
    ['coffee with Mike from Contoso, ping him Friday', '2026-11-27'],
    ['mtg w globex went ok, send proposal wednesday', '2026-11-25'],
    ['zoom w/ cyberdyne, blocked on SSO, circle back tues', '2026-11-24'],
    ['Globex wants numbers, follow up thurs', '2026-11-26'],
    ['跟美的王工微信聊了下，他那边要样品，我周四寄过去', '2026-11-26'],
    ['coffee with Hank from Globex, renewal looks good, send the paperwork friday', '2026-11-27'],
    ['Massive Dynamic onsite today. Next step: technical deep dive on the 27th', '2026-11-27'],
    ['Hooli wants a call back on the 2nd', '2026-12-02'],
    ['Pied Piper meeting got pushed, rescheduled for Monday', '2026-11-30'],
  ])('「%s」 follows up on %s', (text, day) => {
    expect(parseAt(text).followUpAt?.slice(0, 10)).toBe(day);
  });
});

describe('the person met', () => {
  it.each([
    ['coffee with Hank from Globex this morning', 'Hank'],
    ['dinner with Sarah at Acme, they want a quote', 'Sarah'],
    ['拜访万科 王总不在 见了他助理李经理', '李经理'],
    ['拜访万科 王总出差了 留了资料', null],
    ['京东那边推进不动，对接人离职了，得重新找关系', null],
  ])('「%s」 → %s', (text, name) => {
    expect(parseAt(text).contact?.name ?? null).toBe(name);
  });
});
