import { describe, expect, it } from 'vitest';
import { readSatisfaction } from '../../../src/core/complaints/read-satisfaction.ts';
import { readAdminCommand } from '../../../src/core/intents/admin/read-admin-command.ts';
import { parseMessage } from '../../../src/core/parse/parse-message.ts';
import { fixedNow, timeZone } from '../../helpers/bot.ts';

describe('reading satisfaction', () => {
  it.each([
    ['满意度 #12 比较满意 处理很及时', 12, '比较满意', '处理很及时'],
    ['满意度 12 不太满意', 12, '不太满意', null],
    ['客户满意度：不满意，备注：交付又晚了 #7', 7, '不满意', '交付又晚了'],
    ['滿意度 #3 基本滿意', 3, '基本满意', null],
    ['satisfaction #12 fairly satisfied: quick fix', 12, '比较满意', 'quick fix'],
    ['rate complaint 4 dissatisfied', 4, '不满意', null],
    ['satisfaction not satisfied', null, '不满意', null],
    ['satisfaction #5 satisfied — Mr. Wang said thanks', 5, '满意', 'Mr. Wang said thanks'],
  ])('%s', (input, complaintId, level, comment) => {
    expect(readSatisfaction(input)).toEqual({ kind: 'read', complaintId, level, comment });
  });

  it('needs one of the five levels', () => {
    expect(readSatisfaction('满意度 #12 还行')).toEqual({ kind: 'unreadable' });
  });
});

describe('reading admin commands', () => {
  it.each([
    ['客诉规则', { kind: 'list_rules' }],
    ['list routing rules', { kind: 'list_rules' }],
    [
      '添加客诉规则 类别=质量 处理人=赵客服',
      { kind: 'add_rule', fields: { category: 'quality', person: '赵客服' } },
    ],
    [
      'add routing rule category=delivery team=售后 strategy=round_robin',
      { kind: 'add_rule', fields: { category: 'delivery', team: '售后', strategy: 'round_robin' } },
    ],
    [
      'add routing rule customer_owner=Tom Chen region=San Francisco owner=Li Na',
      { kind: 'add_rule', fields: { customerOwner: 'Tom Chen', region: 'San Francisco', person: 'Li Na' } },
    ],
    [
      '修改客诉规则 #2 地区=无 位置=1',
      { kind: 'change_rule', ruleId: 2, fields: { region: null, position: 1 } },
    ],
    ['删除客诉规则 #2', { kind: 'delete_rule', ruleId: 2 }],
    ['设置默认处理人 赵客服', { kind: 'set_default_owner', name: '赵客服' }],
    ['set default owner to none', { kind: 'set_default_owner', name: null }],
    [
      '设置期限 紧急 2小时 24小时',
      { kind: 'set_deadline', severity: 'high', acknowledge: '2h', resolve: '24h' },
    ],
    [
      'set deadline urgent 30m 4h',
      { kind: 'set_deadline', severity: 'urgent', acknowledge: '30m', resolve: '4h' },
    ],
    [
      '设置期限 不急 半小时 3个工作日',
      { kind: 'set_deadline', severity: 'low', acknowledge: '30m', resolve: '3d' },
    ],
    [
      'set deadline normal 1.5h 2 days',
      { kind: 'set_deadline', severity: 'normal', acknowledge: '90m', resolve: '2d' },
    ],
    ['设置工作时间 开', { kind: 'set_working_time', value: true }],
    ['set working hours 8:30-17:30', { kind: 'set_working_time', value: { start: '08:30', end: '17:30' } }],
    ['设置关怀周期 A 7', { kind: 'set_care_cadence', grade: 'A', days: 7 }],
    ['set care cadence b 14', { kind: 'set_care_cadence', grade: 'B', days: 14 }],
    ['关怀周期', { kind: 'list_care_cadence' }],
  ])('%s', (input, command) => {
    expect(readAdminCommand(input)).toEqual(command);
  });

  it.each([
    ['添加客诉规则 类别=天气 处理人=赵客服', '没有「天气」这个类别'],
    ['添加客诉规则 颜色=红 处理人=赵客服', '看不懂「颜色=红」'],
    ['add routing rule category=quality colour=red', 'I do not know the field "colour"'],
    ['设置期限 紧急 24小时 2小时', '响应期限不能比解决期限长'],
    ['设置期限 紧急 2小时', '请这样写'],
    ['设置关怀周期 E 7', '请这样写'],
  ])('explains what is wrong with %s', (input, message) => {
    const reading = readAdminCommand(input);
    expect(reading.kind).toBe('invalid');
    expect(`${'zh' in reading ? reading.zh : ''} ${'en' in reading ? reading.en : ''}`).toContain(message);
  });

  it.each([
    ['客诉规则', 'admin_command'],
    ['添加客诉规则 类别=质量 处理人=赵客服', 'admin_command'],
    ['set care cadence B 14', 'admin_command'],
    ['满意度 #3 满意', 'record_satisfaction'],
    ['投诉 华为 设备故障', 'file_complaint'],
    ['客诉 华为 发票开错了', 'file_complaint'],
  ])('the parser reads %s as %s', (input, intent) => {
    expect(parseMessage(input, { now: fixedNow, timeZone }).intent).toBe(intent);
  });
});
