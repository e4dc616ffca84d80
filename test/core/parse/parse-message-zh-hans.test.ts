import { describe, expect, it } from 'vitest';
import { type Case, parseAt } from './parse-at.ts';

// Fixed clock: Monday 2026-11-23 10:00 Asia/Shanghai. 下周二 is next week's Tuesday, 2026-12-01.

const visits: Case[] = [
  [
    '记录拜访 华为 今天和张总聊了报价，下周二跟进',
    {
      intent: 'log_visit',
      customer: '华为',
      contact: { name: '张总', title: '总' },
      occurredAt: '2026-11-23T10:00:00.000+08:00',
      followUpAt: '2026-12-01T09:00:00.000+08:00',
      followUpHasTime: false,
      summary: '今天和张总聊了报价，下周二跟进',
      nextStep: '下周二跟进',
      visitKind: 'visit',
    },
  ],
  [
    '今天拜访了华为张总，他们需要20台服务器，担心交付周期，竞品是销售易',
    {
      intent: 'log_visit',
      customer: '华为',
      contact: { name: '张总', title: '总' },
      occurredAt: '2026-11-23T10:00:00.000+08:00',
      needs: '他们需要20台服务器',
      issues: '担心交付周期',
      competitor: '销售易',
      followUpAt: null,
    },
  ],
  [
    '拜访了招商银行的李经理',
    {
      intent: 'log_visit',
      customer: '招商银行',
      contact: { name: '李经理', title: '经理' },
      occurredAt: null,
      followUpAt: null,
    },
  ],
  [
    '和华为张总开会',
    { intent: 'log_visit', customer: '华为', contact: { name: '张总', title: '总' }, visitKind: 'meeting' },
  ],
  [
    '电话拜访 台积电 陈经理，下周三再联系',
    {
      intent: 'log_visit',
      customer: '台积电',
      contact: { name: '陈经理', title: '经理' },
      visitKind: 'call',
      followUpAt: '2026-12-02T09:00:00.000+08:00',
      summary: '陈经理，下周三再联系',
    },
  ],
  [
    '给百度打了个电话，刘总监说月底前定',
    {
      intent: 'log_visit',
      customer: '百度',
      contact: { name: '刘总监', title: '总监' },
      visitKind: 'call',
      followUpAt: '2026-11-30T09:00:00.000+08:00',
    },
  ],
  [
    '见了字节跳动的赵老师，下下周三再去',
    {
      customer: '字节跳动',
      contact: { name: '赵老师', title: '老师' },
      followUpAt: '2026-12-09T09:00:00.000+08:00',
    },
  ],
  [
    '拜访客户美团，孙总监关心交付时间，希望尽快上线',
    {
      customer: '美团',
      contact: { name: '孙总监', title: '总监' },
      needs: '孙总监关心交付时间；希望尽快上线',
    },
  ],
  [
    '今天上午去腾讯拜访了马总，明天下午三点再联系',
    {
      customer: '腾讯',
      contact: { name: '马总', title: '总' },
      occurredAt: '2026-11-23T10:00:00.000+08:00',
      followUpAt: '2026-11-24T15:00:00.000+08:00',
      followUpHasTime: true,
      nextStep: '明天下午三点再联系',
    },
  ],
  [
    '昨天和王主任开会，后天跟进',
    {
      intent: 'log_visit',
      contact: { name: '王主任', title: '主任' },
      occurredAt: '2026-11-22T10:00:00.000+08:00',
      followUpAt: '2026-11-25T09:00:00.000+08:00',
      visitKind: 'meeting',
    },
  ],
  [
    '记录拜访 华为 和刘工开会，下周三跟进',
    { customer: '华为', contact: { name: '刘工', title: '工' }, followUpAt: '2026-12-02T09:00:00.000+08:00' },
  ],
  [
    '记录拜访 新希望六和 今天见了王主任',
    { customer: '新希望六和', contact: { name: '王主任', title: '主任' }, needs: null },
  ],
  ['晚上和华为王总吃饭了', { intent: 'log_visit', customer: '华为', contact: { name: '王总', title: '总' } }],
  ['拜访了小米，他们目前在用金蝶的系统', { customer: '小米', competitor: '金蝶' }],
  ['和华为李总开会，竞争对手纷享销客也在报价', { customer: '华为', competitor: '纷享销客' }],
  ['拜访了格力，用的是SAP', { customer: '格力', competitor: 'SAP' }],
  [
    '拜访了格力，聊了明年的预算',
    { customer: '格力', competitor: null, followUpAt: null, followUpUnreadable: false },
  ],
];

const dates: Case[] = [
  ['拜访华为，大后天跟进', { followUpAt: '2026-11-26T09:00:00.000+08:00', followUpHasTime: false }],
  ['拜访华为，月底跟进', { followUpAt: '2026-11-30T09:00:00.000+08:00' }],
  ['拜访华为，月底前回复报价', { followUpAt: '2026-11-30T09:00:00.000+08:00', nextStep: '月底前回复报价' }],
  ['拜访华为，下个月初再联系', { followUpAt: '2026-12-01T09:00:00.000+08:00' }],
  ['拜访华为，月初回访', { followUpAt: '2026-12-01T09:00:00.000+08:00' }],
  ['拜访了京东，三天后回访', { followUpAt: '2026-11-26T09:00:00.000+08:00' }],
  ['拜访了京东，两周后再联系', { followUpAt: '2026-12-07T09:00:00.000+08:00' }],
  ['拜访华为，周五前回复报价', { followUpAt: '2026-11-27T09:00:00.000+08:00' }],
  ['拜访华为，这周五再约', { followUpAt: '2026-11-27T09:00:00.000+08:00' }],
  ['拜访华为，本周四跟进', { followUpAt: '2026-11-26T09:00:00.000+08:00' }],
  ['拜访华为，12月5日前给方案', { followUpAt: '2026-12-05T09:00:00.000+08:00' }],
  ['拜访华为，1月15日前回复', { followUpAt: '2027-01-15T09:00:00.000+08:00' }],
  ['拜访华为，年底前再联系', { followUpAt: '2026-12-31T09:00:00.000+08:00' }],
  [
    '拜访华为，下午再打电话',
    { followUpAt: '2026-11-23T15:00:00.000+08:00', followUpHasTime: true, visitKind: 'visit' },
  ],
  ['记录拜访 华为 晚上回电', { followUpAt: '2026-11-23T20:00:00.000+08:00', followUpHasTime: true }],
  ['拜访华为，明天两点半再联系', { followUpAt: '2026-11-24T14:30:00.000+08:00', followUpHasTime: true }],
  ['上午拜访了华为', { occurredAt: '2026-11-23T10:00:00.000+08:00', followUpAt: null }],
  [
    '昨天拜访了华为，下周跟进',
    { occurredAt: '2026-11-22T10:00:00.000+08:00', followUpAt: '2026-11-30T09:00:00.000+08:00' },
  ],
  ['周五拜访了华为王总', { occurredAt: '2026-11-20T10:00:00.000+08:00', followUpAt: null }],
  // A past follow-up stays in the past; the caller asks about it.
  ['记录拜访 招商银行 和李经理聊了演示，上周五跟进', { followUpAt: '2026-11-20T09:00:00.000+08:00' }],
  [
    '记录拜访 招商银行 聊了预算，改天再跟进',
    { followUpAt: null, followUpUnreadable: true, nextStep: '改天再跟进' },
  ],
  // The probes readDateInput sends: a date plus 跟进, no command word.
  ['下周三跟进', { intent: 'unknown', followUpAt: '2026-12-02T09:00:00.000+08:00' }],
  ['明天下午三点跟进', { followUpAt: '2026-11-24T15:00:00.000+08:00', followUpHasTime: true }],
];

const otherIntents: Case[] = [
  [
    '新增客户 深圳市大疆创新科技有限公司',
    { intent: 'add_customer', customer: '深圳市大疆创新科技有限公司', visitKind: null },
  ],
  ['新增客户：比亚迪', { intent: 'add_customer', customer: '比亚迪' }],
  ['查一下 腾讯', { intent: 'find_customer', customer: '腾讯', summary: null }],
  ['查一下 完全不存在的公司', { intent: 'find_customer', customer: '完全不存在的公司' }],
  ['美团的情况', { intent: 'find_customer', customer: '美团' }],
  ['华为客户资料', { intent: 'find_customer', customer: '华为' }],
  ['我的跟进', { intent: 'list_followups', range: 'all', customer: null }],
  ['查一下我的跟进', { intent: 'list_followups', range: 'all' }],
  ['拜访华为，待办：发报价', { intent: 'log_visit', customer: '华为', range: null }],
  ['今天要跟进什么', { intent: 'list_followups', range: 'today' }],
  ['本周跟进', { intent: 'list_followups', range: 'week' }],
  ['有哪些逾期的跟进', { intent: 'list_followups', range: 'overdue' }],
  ['跟进3完成', { intent: 'complete_followup', followUpRef: 3 }],
  ['完成第三个', { intent: 'complete_followup', followUpRef: 3 }],
  ['完成 #12', { intent: 'complete_followup', followUpRef: 12 }],
  ['跟进完成了', { intent: 'complete_followup', followUpRef: null }],
  [
    '#3 改到周五',
    { intent: 'reschedule_followup', followUpRef: 3, followUpAt: '2026-11-27T09:00:00.000+08:00' },
  ],
  [
    '把3推迟到下周一',
    { intent: 'reschedule_followup', followUpRef: 3, followUpAt: '2026-11-30T09:00:00.000+08:00' },
  ],
  ['生成今天的日报', { intent: 'daily_report' }],
  ['团队日报', { intent: 'daily_report' }],
  ['帮助', { intent: 'help' }],
  ['怎么用', { intent: 'help' }],
  ['你能做什么？', { intent: 'help' }],
  ['嗯嗯啊啊', { intent: 'unknown', customer: null, summary: null }],
  ['哈哈哈哈', { intent: 'small_talk' }],
];

const complaints: Case[] = [
  [
    '华为 投诉 设备故障很紧急',
    {
      intent: 'file_complaint',
      customer: '华为',
      summary: '设备故障很紧急',
      complaint: { category: 'quality', severity: 'high' },
    },
  ],
  [
    '投诉 小米：发货延迟三天了',
    { customer: '小米', complaint: { category: 'delivery', severity: 'normal' } },
  ],
  ['客诉 京东 客服态度差 不着急', { customer: '京东', complaint: { category: 'service', severity: 'low' } }],
  ['华为投诉设备坏了，停产了', { customer: '华为', complaint: { category: 'quality', severity: 'urgent' } }],
  [
    '投诉 美团 发票多收了钱，特别紧急',
    { customer: '美团', complaint: { category: 'billing', severity: 'urgent' } },
  ],
  [
    '抱怨：华为多收了费用',
    { intent: 'file_complaint', customer: '华为', complaint: { category: 'billing', severity: 'normal' } },
  ],
  ['投诉 腾讯 有空处理一下就行', { customer: '腾讯', complaint: { category: 'other', severity: 'low' } }],
  // A complaint raised during a visit is a visit with an issue, not a filed complaint.
  ['拜访华为时客户抱怨交付慢', { intent: 'log_visit', complaint: null, issues: '拜访华为时客户抱怨交付慢' }],
];

const structured: Case[] = [
  [
    '客户=招商银行，下次跟进=2026-12-10',
    { intent: 'log_visit', customer: '招商银行', followUpAt: '2026-12-10T09:00:00.000+08:00', summary: null },
  ],
  [
    '客户：招商银行\n联系人：李经理\n时间：昨天下午\n内容：讨论了续约\n竞品：金蝶',
    {
      intent: 'log_visit',
      customer: '招商银行',
      contact: { name: '李经理', title: '经理' },
      occurredAt: '2026-11-22T15:00:00.000+08:00',
      summary: '讨论了续约',
      competitor: '金蝶',
    },
  ],
  ['客户=招商银行，下次跟进=改天', { customer: '招商银行', followUpAt: null, followUpUnreadable: true }],
  [
    '记录拜访 客户=华为 联系人=张总 内容=聊了报价，客户很满意 下次跟进=下周三下午两点',
    {
      intent: 'log_visit',
      customer: '华为',
      contact: { name: '张总', title: '总' },
      summary: '聊了报价，客户很满意',
      followUpAt: '2026-12-02T14:00:00.000+08:00',
      followUpHasTime: true,
    },
  ],
  ['新增客户 华为，客户=华为技术有限公司', { intent: 'add_customer', customer: '华为技术有限公司' }],
];

describe('parseMessage in simplified Chinese', () => {
  it.each([...visits, ...dates, ...otherIntents, ...complaints, ...structured])('%s', (text, expected) => {
    const result = parseAt(text);
    expect(result).toMatchObject(expected);
    expect(result.language).toBe('zh-Hans');
  });
});
