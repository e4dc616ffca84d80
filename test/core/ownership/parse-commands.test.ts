import { describe, expect, it } from 'vitest';
import { parseAt } from '../parse/parse-at.ts';

// Fixed clock: Monday 2026-11-23 10:00 Asia/Shanghai. 上月 is October, so its last day, 2026-10-31.

describe('master-data commands', () => {
  it.each([
    [
      '华为 本月成交 120万',
      { intent: 'record_sale', customer: '华为', amountCents: 120_000_000, occurredOn: '2026-11-23' },
    ],
    [
      '華為 上月成交 80萬元',
      { intent: 'record_sale', customer: '華為', amountCents: 80_000_000, occurredOn: '2026-10-31' },
    ],
    [
      '成交 招商银行 三十万 11月5日',
      { intent: 'record_sale', customer: '招商银行', amountCents: 30_000_000, occurredOn: '2026-11-05' },
    ],
    [
      'Acme closed 50k this month',
      { intent: 'record_sale', customer: 'Acme', amountCents: 5_000_000, occurredOn: '2026-11-23' },
    ],
    [
      'record sale Acme Corp $1.5m last month',
      { intent: 'record_sale', customer: 'Acme Corp', amountCents: 150_000_000, occurredOn: '2026-10-31' },
    ],
    ['交接 张伟 给 李娜', { intent: 'hand_over', from: '张伟', to: '李娜' }],
    ['把张伟的客户交接给李娜', { intent: 'hand_over', from: '张伟', to: '李娜' }],
    ['交接 张伟 按规则', { intent: 'hand_over', from: '张伟', to: null }],
    ['hand over Tom Chen to 李娜', { intent: 'hand_over', from: 'Tom Chen', to: '李娜' }],
    ['hand over Tom Chen by rules', { intent: 'hand_over', from: 'Tom Chen', to: null }],
    [
      '分配 苏州汇川技术有限公司 给 李娜',
      { intent: 'assign_customer', customer: '苏州汇川技术有限公司', to: '李娜' },
    ],
    [
      'assign Initech Inc. to Tom Chen',
      { intent: 'assign_customer', customer: 'Initech Inc.', to: 'Tom Chen' },
    ],
    ['添加协作人 华为 李娜', { intent: 'change_collaborators', action: 'add', text: '华为 李娜' }],
    [
      'add collaborator Acme Tom Chen',
      { intent: 'change_collaborators', action: 'add', text: 'Acme Tom Chen' },
    ],
    ['移除协作人 华为 李娜', { intent: 'change_collaborators', action: 'remove', text: '华为 李娜' }],
    ['公海', { intent: 'browse_pool', query: null }],
    ['公海 汇川', { intent: 'browse_pool', query: '汇川' }],
    ['pool', { intent: 'browse_pool', query: null }],
    ['pool search acme', { intent: 'browse_pool', query: 'acme' }],
    ['领取 华为', { intent: 'claim_customer', customer: '华为' }],
    ['claim Acme Corp from the pool', { intent: 'claim_customer', customer: 'Acme Corp' }],
    [
      '标记不良 华为 长期欠款',
      { intent: 'flag_bad_customer', action: 'flag', customer: '华为', note: '长期欠款' },
    ],
    [
      'flag Acme bad: never pays',
      { intent: 'flag_bad_customer', action: 'flag', customer: 'Acme', note: 'never pays' },
    ],
    ['取消不良 华为', { intent: 'flag_bad_customer', action: 'unflag', customer: '华为', note: null }],
    ['unflag Acme', { intent: 'flag_bad_customer', action: 'unflag', customer: 'Acme', note: null }],
    ['数据清洗', { intent: 'cleansing_report' }],
    ['data quality', { intent: 'cleansing_report' }],
    ['分配规则', { intent: 'assignment_rules', action: 'list' }],
    [
      '添加分配规则 地区=深圳 行业=金融 负责人=李娜',
      {
        intent: 'assignment_rules',
        action: 'add',
        rule: { region: '深圳', industry: '金融', size: null, grade: null, owner: '李娜' },
      },
    ],
    ['remove assignment rule 2', { intent: 'assignment_rules', action: 'remove', position: 2 }],
    [
      '添加联系人 华为 王工 技术经理 13800138009',
      {
        intent: 'add_contact',
        customer: '华为',
        name: '王工',
        title: '技术经理',
        phone: '13800138009',
        email: null,
      },
    ],
    [
      '添加联系人 Cyberdyne Systems：王工 13800138001',
      {
        intent: 'add_contact',
        customer: 'Cyberdyne Systems',
        name: '王工',
        title: null,
        phone: '13800138001',
      },
    ],
    [
      'add contact Acme Corp: Sarah, phone=+1 415 555 0101',
      { intent: 'add_contact', customer: 'Acme Corp', name: 'Sarah', title: null, phone: '+1 415 555 0101' },
    ],
  ])('%s', (text, command) => {
    const result = parseAt(text);
    expect(result.intent).toBe(command.intent);
    expect(result.command).toMatchObject(command);
  });

  it.each([
    ['拜访华为，本月成交120万，下周跟进', 'log_visit'],
    ['met Acme, they closed 50k', 'log_visit'],
    ['查一下 华为', 'find_customer'],
    ['投诉 华为 设备故障，很紧急', 'file_complaint'],
  ])('leaves "%s" to the existing rules (%s)', (text, intent) => {
    const result = parseAt(text);
    expect(result.intent).toBe(intent);
    expect(result.command).toBeNull();
  });
});
