import { describe, expect, it } from 'vitest';
import type { Severity } from '../../../src/core/parse/parse-result.ts';
import { parseAt } from './parse-at.ts';

// Severity from the words people use when a customer is unhappy, not only from 紧急.

const urgent = [
  "Globex's portal has been down since noon, they are losing orders",
  '比亚迪的生产线停了，说是我们设备的问题',
  '华为投诉设备坏了，停产了',
  '投诉 美团 系统宕机，特别紧急',
  'Acme is furious, production is down',
  'Globex complaint: the line is down since 6am',
  '鴻海的產線停了，說是我們機器的問題',
  '投诉 格力 工厂停工了，要我们马上派人',
  'complaint Initech: outage, all users affected',
  'critical: Hooli says the servers crashed',
  '投诉 京东 十万火急，仓库系统全瘫痪了',
  '投訴 台積電 機台停機，非常緊急',
  "Umbrella's plant is completely down, they blame our controller",
  '格力那边两条线停了，说是我们电机的问题',
  '三一说工人都在等着，是我们液压件的问题',
  '美的反映我们的控制器一到冬天就死机，已经影响生产了',
  '台積電反映我們的設備一直報錯，產線已經停了',
  'cyberdyne: robots offline since last night, URGENT',
  '京东说我们的系统昨晚又挂了，业务停了两个小时',
  '海康的摄像头掉线，现场已经没法用了',
  'Gringotts says the API is returning errors, their payments are stuck',
  '万科工地上的门禁全部失灵了，工人进不去',
  "Stark's line 3 is down because of our sensor, they need a tech onsite now",
];

const high = [
  '蔚来的车机系统升级后黑屏，用户投诉很多，他们压力很大',
  'Acme says the integration keeps failing, they are really frustrated',
  "Hooli's dashboard has been broken since yesterday, need someone on it today",
  '华为反馈系统老是卡顿，挺急的',
  '美团说发票开错了，今天给答复',
  '投诉 顺丰 客户很急，要求今天之内解决',
  '华为 投诉 设备故障很紧急',
  'Initech is furious about the invoice',
  'Globex complained about the invoice and wants it sorted by EOD',
  'Acme is threatening to walk away over the delays',
  '美的的王工非常不爽，说交付拖了两周',
  'Umbrella complains the units are broken, wants a fix asap',
  'Stark Industries is escalating the late delivery',
  "urgent complaint: Soylent can't log in",
  '投訴 台積電 系統登不進去，很急',
  '京东反映货物破损，要我们尽快处理',
  '格力说急死了，设备一直报错',
  '海尔的货还没到，客户一直在催',
  '小米很生气，说我们的软件又出问题了',
  'Pied Piper is angry, the app keeps crashing',
  '华润说报告又写错了，王总很火大',
  '中信说对账单对不上，今天务必给个说法',
  '京东说系统又登不上了😡',
  '顺丰投诉发票开错了，下班前要回复',
  'Hooli says the invoice is wrong, they want a fix by today',
  'Acme is unhappy with the install, they need an answer today',
  '中兴那边说我们的软件升级以后数据丢了一部分，挺严重',
  "Hooli's export is broken again, it's serious",
  'Stark complaint - armor plating delivery delayed again, Pepper is pissed',
];

const low = [
  '招行反馈APP登录偶尔会慢，不影响使用',
  '药明康德说报告格式不对，下次注意就行',
  'Initech got the wrong invoice again, no big deal',
  '客诉 京东 客服态度差 不着急',
  '投诉 腾讯 有空处理一下就行',
  '顺丰反馈报表有点慢，不是很急',
  '招行说APP偶尔闪退，不急',
  'Globex reports a minor bug, no rush',
  'Acme says the export is slow, not urgent',
  'complaint Initech: small typo on the invoice, low priority',
  '投訴 國泰 發票抬頭錯了，不著急',
  '美团反馈系统偶尔卡一下，不用急',
  '投诉 小米 发货少了一箱，并不紧急',
  '投诉 华为 打印有问题，不算特别紧急',
  "complaint Hooli: wrong invoice, it's not critical",
  '中信说对账单对不上，今天有空处理一下就行',
];

const normal = [
  '投诉 小米：发货延迟三天了',
  '华为说交货延迟了一周，很不高兴',
  'Hooli says the dashboard is slow',
  '投诉 京东 说明书印错了',
  '客户说设备有异响，暂时不会停产',
  'Oscorp complaining about the packaging',
  '投訴 中華電信 客服態度不好',
  'Tyrell got double charged on the last bill',
  'Acme says the last shipment was missing two pallets, not super urgent but they want an answer this week',
  '投诉 小米 发货少了一箱，不是很急，但是这周要给个回复',
];

const cases: [string, Severity][] = [
  ...urgent.map((text) => [text, 'urgent'] as [string, Severity]),
  ...high.map((text) => [text, 'high'] as [string, Severity]),
  ...low.map((text) => [text, 'low'] as [string, Severity]),
  ...normal.map((text) => [text, 'normal'] as [string, Severity]),
];

describe('complaint severity from everyday words', () => {
  it.each(cases)('%s → %s', (text, severity) => {
    const result = parseAt(text);
    expect(result.intent).toBe('file_complaint');
    expect(result.complaint?.severity).toBe(severity);
  });
});
