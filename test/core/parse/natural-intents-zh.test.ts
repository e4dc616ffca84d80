import { describe, expect, it } from 'vitest';
import type { Intent } from '../../../src/core/parse/parse-result.ts';
import { parseAt } from './parse-at.ts';

// Messages as people type them in chat, in simplified and traditional Chinese, without the command
// words (拜访, 投诉, 查询) the parser used to need. Each family mixes both scripts.

const visits = [
  '和比亚迪开了个会，讨论了二期合作，后天上午跟进合同',
  '下午去了趟招商银行，见了刘行长',
  '中午跟美团的采购吃了个饭，聊得挺好',
  '在万科坐了坐，王总说下个月招标',
  '约了华为的陈工喝咖啡，他们在评估我们的方案',
  '刚和中兴的视频会开完，需求基本确认了',
  '上午和小米通了电话，对方同意先试用一个月',
  '顺丰一行五人来公司参观，看了生产线',
  '今天给格力做了培训，来了二十多个人',
  '给宁波银行演示了新版本，反馈不错',
  '昨天跟京东的李总见了一面',
  '晚上请海尔的张总吃饭，顺便聊了续约',
  '上周五去美的现场看了看设备安装情况',
  '跟联想线上过了一遍方案，他们周五前给反馈',
  '今天跟台積電的陳經理開了個會，談了報價',
  '下午去了趟國泰人壽，見了林協理',
  '和鴻海的王處長吃了頓飯，他說預算下來了',
  '昨天跟中華電信通了電話，下週再約',
];

const questions = [
  '华为现在谁在跟？',
  '招行的情况',
  '比亚迪是几级客户',
  '美团的联系人有哪些',
  '小米那边最近怎么样了',
  '京东方谁负责的',
  '宁德时代的王总电话多少',
  '帮我查一下顺丰的资料',
  '腾讯是谁的客户？',
  '中石化什么情况了',
  '上次拜访格力是什么时候',
  '看看海尔的情况',
  '台積電現在是誰在跟？',
  '國泰的聯繫人有哪些',
  '鴻海最近怎麼樣了',
  '中華電信是幾級客戶',
];

const followUpLists = [
  '我今天有哪些待跟进的客户',
  '今天要跟进哪些客户',
  '我的待办',
  '这周还有哪些客户没跟进',
  '今天该联系谁',
  '明天要拜访哪些客户',
  '有什么要跟进的吗',
  '帮我看看今天的待办',
  '还有哪些逾期没处理的',
  '我这周要回访谁',
  '跟进清单发我一下',
  '今天有啥安排',
  '我今天有哪些待跟進的客戶',
  '這週要跟進哪些客戶',
  '我的待辦有什麼',
  '今天該聯繫誰',
];

const complaints = [
  '华为反馈系统老是卡顿',
  '比亚迪的生产线停了，说是我们设备的问题',
  '美团那边很生气，说发票开错了三次',
  '京东收到的货有一半破损，要求退货',
  '小米说我们的软件一升级就闪退',
  '顺丰对售后服务很不满意',
  '格力的设备又坏了，客户在发火',
  '海尔要求赔偿上个月的停机损失',
  '招行反映APP登不进去，已经两天了',
  '宁德时代说交货延迟了一周，很不高兴',
  '客户说报表数据不对，让我们今天给答复',
  '沃尔玛的订单发错了型号，对方要退',
  '台積電反映系統老是當機',
  '鴻海的產線停了，說是我們機器的問題',
  '國泰對客服態度很不滿意',
  '中華電信收到的貨少了兩箱，很生氣',
];

const help = [
  '你能干嘛',
  '你会啥',
  '怎么用啊',
  '能帮我做什么？',
  '你能干嘛呀',
  '这个怎么用',
  '有什么功能',
  '你都会些什么',
  '你好，你能做什么',
  '你能干嘛😂',
  '你能幹嘛',
  '怎麼用呀？',
  '你會什麼',
  '能幫我做什麼',
  '這個機器人怎麼用',
];

const smallTalk = [
  '哈哈',
  '谢谢',
  '好的',
  '收到',
  '辛苦了',
  '早上好',
  '👍',
  '今天天气怎么样',
  '好的，谢谢！',
  '收到👌',
  '哈哈哈好的',
  '明天会下雨吗',
  '晚安',
  '謝謝你',
  '辛苦啦',
  '收到，謝啦',
  '今天天氣如何',
  '嗯嗯',
];

// Nothing to act on and nothing to chat about: the bot asks rather than guesses.
const unclear = ['那个', '嗯嗯啊啊', '随便吧', '啊？', '刚才说的那个', '這個嘛', '不知道', '下周三跟进'];

const families: [Intent, string[]][] = [
  ['log_visit', visits],
  ['find_customer', questions],
  ['list_followups', followUpLists],
  ['file_complaint', complaints],
  ['help', help],
  ['small_talk', smallTalk],
  ['unknown', unclear],
];

describe('intents from natural Chinese phrasing', () => {
  it.each(families.flatMap(([intent, texts]) => texts.map((text) => [text, intent] as const)))(
    '%s → %s',
    (text, intent) => {
      const result = parseAt(text);
      expect(result.intent).toBe(intent);
      if (intent === 'unknown') expect(result.intentConfidence).toBe(0);
      else expect(result.intentConfidence).toBeGreaterThan(0.3);
    },
  );
});

describe('sales in Chinese', () => {
  it.each([
    ['华为这个月签了80万', '华为', 80_000_000],
    ['比亚迪拿下了，合同120万', '比亚迪', 120_000_000],
    ['美团签约了，金额50万', '美团', 50_000_000],
    ['小米成交了30万', '小米', 30_000_000],
    ['顺丰下单了 200万', '顺丰', 200_000_000],
    ['签了京东 15万', '京东', 15_000_000],
    ['台積電簽了 80萬', '台積電', 80_000_000],
    ['鴻海這個月成交 120萬', '鴻海', 120_000_000],
  ])('%s is a sale to %s', (text, customer, amountCents) => {
    const result = parseAt(text);
    expect(result.intent).toBe('record_sale');
    expect(result.command).toMatchObject({ customer, amountCents });
  });

  // With no customer there is no sale to book yet: the reading is kept first among the alternatives.
  it.each(['这个月签了 80万', '今天拿下一单，45万', '這個月簽了 80萬'])(
    '%s offers a sale but does not book one',
    (text) => {
      const result = parseAt(text);
      expect(result.intent).toBe('unknown');
      expect(result.intentAlternatives[0]?.intent).toBe('record_sale');
    },
  );

  it.each(['拜访华为，他们说下个月签约100万', '和比亚迪开了个会，预计年底能签 300万'])(
    '%s is a visit that mentions a sale to come',
    (text) => {
      expect(parseAt(text).intent).toBe('log_visit');
    },
  );
});

describe('what a message is not', () => {
  it.each([
    ['提醒我周五给格力打电话', 'unknown'],
    ['华为那个单子丢了，被华三抢了', 'unknown'],
    ['客户打电话来投诉，说设备三天两头坏', 'file_complaint'],
    ['刚从美的出来，他们还在比价', 'log_visit'],
    ['帮我记一下：京东李总下周来公司', 'log_visit'],
    ['累死了', 'small_talk'],
    ['今天好忙啊', 'small_talk'],
    ['你是谁呀', 'help'],
    ['週末愉快', 'small_talk'],
  ] as const)('%s → %s', (text, intent) => {
    expect(parseAt(text).intent).toBe(intent);
  });

  it('a problem raised during a visit keeps the visit first and offers the complaint', () => {
    const result = parseAt('拜访了招行，他们反馈APP偶尔闪退，下周派人看看');
    expect(result.intent).toBe('log_visit');
    expect(result.intentAlternatives[0]?.intent).toBe('file_complaint');
  });
});

describe('phrasing a rule list would miss', () => {
  it.each([
    ['跟徐工集团的刘部长吃完饭了，他们年后启动招标', 'log_visit'],
    ['上午给比亚迪的售后团队讲了一堂课', 'log_visit'],
    ['和 TCL 的 Amy 约了个 call，报价没问题', 'log_visit'],
    ['把样品送过去了，顺便在京东方现场调试了一下午', 'log_visit'],
    ['徐工那边现在是什么状态', 'find_customer'],
    ['比亞迪談到哪一步了', 'find_customer'],
    ['这周有几条跟进快到期了', 'list_followups'],
    ['有没有今天要回访的', 'list_followups'],
    ['华为那边投影仪黑屏了，开不了机', 'file_complaint'],
    ['客户说扫码枪扫不出来，已经闹翻了', 'file_complaint'],
    ['美的这单终于拿下了，签了60万', 'record_sale'],
    ['怎么新增一个客户', 'help'],
    ['你有什么能力', 'help'],
    ['谢谢大家', 'small_talk'],
    ['哈哈哈 太搞笑了', 'small_talk'],
    ['和中信的马总语音了二十分钟，价格松口了', 'log_visit'],
    ['今天 call 了中信的财务，发票下周寄', 'log_visit'],
    ['去三一的长沙基地转了一圈', 'log_visit'],
    ['跟美团的法务碰了一下，合同条款谈妥了', 'log_visit'],
    ['中信那边哪个同事在对接？', 'find_customer'],
    ['美团谁是拍板的', 'find_customer'],
    ['把这周要回访的客户列一下', 'list_followups'],
    ['客户说短信验证码一直收不到', 'file_complaint'],
    ['三一说我们的控制器温度不达标', 'file_complaint'],
    ['中信签下来了，首单35万', 'record_sale'],
    ['这玩意怎么用', 'help'],
    ['上午拜了一下顺丰的华南区', 'log_visit'],
    ['顺丰现在归哪个组管', 'find_customer'],
    ['华润有多少个对接人', 'find_customer'],
    ['把京东的最新进展发我一下', 'find_customer'],
    ['比亚迪说标签贴错了，整批返工', 'file_complaint'],
    ['格力那单终于落地了，90万', 'record_sale'],
  ] as const)('%s → %s', (text, intent) => {
    expect(parseAt(text).intent).toBe(intent);
  });
});

describe('a question about a visit-like sentence', () => {
  it.each([
    ['今天该给谁打个电话？', 'list_followups'],
    ['华为那边谁开的会？', 'find_customer'],
    ['帮我查查美团最近有没有投诉', 'find_customer'],
    ['小米还在生气吗', 'find_customer'],
    ['见了华为张总，他问我们什么时候能交货？', 'log_visit'],
    ['和美团开了个会，他们问能不能打折呢', 'log_visit'],
  ] as const)('%s → %s', (text, intent) => {
    expect(parseAt(text).intent).toBe(intent);
  });
});

describe('a customer who says something we delivered is wrong files a complaint', () => {
  it.each([
    // Defects named on their own: scratches, dead pixels, typos, mismatched bills, late or short goods.
    '三一说新到的液压件有几处刮花',
    '美团反映打印出来的小票有乱码',
    '顺丰那边对账单和系统有出入',
    '京东说这批货晚了四天才到',
    '伊利说少了两托，还没补',
    '蒙牛说发票金额多扣了三百',
    // Judgements that count because the customer is the one making them.
    '华润说我们的巡检报告写得太笼统',
    '万科嫌安装师傅不专业',
    '格力觉得新后台不太好用',
    '中信反映我们的热线老是打不通',
    '海尔说售后约好上门结果没来',
    '平安说我们驻场的人经常迟到',
    '腾讯说看板一直 loading 不出来',
    '長城說收到的零件尺寸不對',
    '國泰反映說明書寫得太簡單，看不懂',
    // The customer rang us about it: the call is how the complaint came.
    '张总打电话过来说门禁刷不了卡',
  ])('%s', (text) => {
    expect(parseAt(text).intent).toBe('file_complaint');
  });

  it.each([
    '去三一见了刘工，他说液压件有几处刮花，下周换货',
    '和格力开了个会，他们觉得后台不太好用，周五演示新版',
  ])('%s is a visit where the problem came up', (text) => {
    expect(parseAt(text).intent).toBe('log_visit');
  });

  it.each([
    '王总说今天不方便，改天再约',
    '李总说时间对不上，改到周四',
    '张总说他们那边流程太复杂了',
    '联想说价格太高，要再考虑考虑',
    '华为说会议推迟两天',
    '海康说之前的划痕问题处理好了',
    '客户说我们讲得很清楚，反馈不错',
    '京東說新版本用起來很順手',
    '京东最近有没有说过货晚了？',
  ])('%s is not a complaint', (text) => {
    expect(parseAt(text).intent).not.toBe('file_complaint');
  });
});
