import type { CrmCommand } from './crm-command.ts';

const reportPattern =
  /^(?:数据清洗|数据质量|数据清洗报告|数据质量报告|清洗报告|\bdata (?:quality|cleansing|cleanup|cleaning)(?: report)?\b|\bcleansing report\b)[\s!.?。？]*$/i;
const flagZh = /^(?:标记|标为|设为|设置为|标记为)不良(?:客户)?\s*(.+)$|^不良客户\s*(.+)$/d;
const flagEn =
  /^(?:flag|mark)\s+(.+?)\s+(?:as\s+)?(?:a\s+)?bad(?:\s+customer)?(?:\s*[:：,，-]\s*|\s+(?:because|for|since)\s+|\s*$)(.*)$/di;
const unflagZh = /^(?:取消|解除|撤销|移除|去掉)不良(?:客户)?(?:标记)?\s*(.+)$/d;
const unflagEn = /^(?:unflag\s+(.+?)(?:\s+(?:as\s+)?bad)?|clear (?:the )?bad flag (?:on|for|of)\s+(.+))$/di;
const contactHead =
  /^(?:添加|新增|增加|加|更新|修改)联系人\s*[:：]?\s*(.+)$|^(?:add|update)\s+(?:a\s+)?contact(?:\s+(?:to|for|at))?\s+(.+)$/di;
// The customer first: 华为新增联系人 陈工 138…, 台積電新增聯絡人 林協理, "Acme: add contact Sarah".
const contactAfterCustomer =
  /^(?:[给給帮幫替为為]\s*)?([^\s,，:：]{1,40}?)\s*[:：]?\s*(?:添加|新增|增加|加)(?:一个|个|一位|位)?(?:新)?(?:联系人|联络人)\s*[:：]?\s*(.+)$|^(\S.{0,40}?)\s*[:：]?\s+(?:add|new)\s+(?:a\s+)?contact\s*[:：]?\s+(.+)$/di;
const phonePattern =
  /(?:(?:电话|電話|手机|手機|座机|座機|phone|mobile|tel)\s*[=:：]?\s*([^\s,，;；]+(?:[ -]\d+)*)|(\+?\d[\d\s\-()]{3,}\d))/i;
const emailPattern =
  /(?:(?:邮箱|郵箱|邮件|郵件|email|e-mail)\s*[=:：]?\s*([^\s,，;；]+)|([^\s,，;；:：=]+@[^\s,，;；]*))/i;

/** Bad-customer flags, the data-cleansing report and adding a contact (the fix the report suggests). */
export function readDataCommand(match: string, original: string): CrmCommand | null {
  if (reportPattern.test(match)) return { intent: 'cleansing_report' };
  const part = (hit: RegExpExecArray, group: number): string | null => {
    const at = hit.indices?.[group];
    const value = at ? original.slice(at[0], at[1]).trim() : '';
    return value === '' ? null : value;
  };
  const unflag = unflagZh.exec(match) ?? unflagEn.exec(match);
  if (unflag) {
    const customer = part(unflag, 1) ?? part(unflag, 2);
    return customer ? { intent: 'flag_bad_customer', action: 'unflag', customer, note: null } : null;
  }
  const zh = flagZh.exec(match);
  if (zh) {
    const rest = part(zh, 1) ?? part(zh, 2);
    if (!rest) return null;
    const [customer, note] = splitOnce(rest);
    return { intent: 'flag_bad_customer', action: 'flag', customer, note };
  }
  const en = flagEn.exec(match);
  if (en) {
    const customer = part(en, 1);
    return customer ? { intent: 'flag_bad_customer', action: 'flag', customer, note: part(en, 2) } : null;
  }
  const contact = contactHead.exec(match);
  if (contact) {
    const at = contact.indices?.[1] ?? contact.indices?.[2];
    return at ? readContact(original.slice(at[0], at[1])) : null;
  }
  const customerFirst = contactAfterCustomer.exec(match);
  if (customerFirst) {
    const customer = part(customerFirst, 1) ?? part(customerFirst, 3);
    const details = part(customerFirst, 2) ?? part(customerFirst, 4);
    return customer && details ? readContact(`${customer}：${details}`) : null;
  }
  return null;
}

/** "华为 长期欠款", "Acme Corp：never pays": a colon or comma splits first, else the first space. */
function splitOnce(text: string): [string, string | null] {
  const at = text.search(/[:：,，]/);
  const cut = at >= 0 ? at : text.search(/\s/);
  if (cut < 0) return [text.trim(), null];
  const note = text.slice(cut + 1).trim();
  return [text.slice(0, cut).trim(), note === '' ? null : note];
}

/**
 * 「华为 张总 采购总监 13800138001 zhang@example.com」, "Acme Corp: Sarah, procurement, +1 415 555 0101".
 * The phone and email are found anywhere (with or without 电话= / email=); what is left is the customer,
 * then the contact's name, then a title. A colon ends the customer; without one the first space does.
 */
function readContact(text: string): CrmCommand | null {
  let rest = text;
  const take = (pattern: RegExp): string | null => {
    const hit = pattern.exec(rest);
    if (!hit) return null;
    rest = `${rest.slice(0, hit.index)} ${rest.slice(hit.index + hit[0].length)}`;
    return (hit[1] ?? hit[2] ?? '').trim() || null;
  };
  const email = take(emailPattern);
  const phone = take(phonePattern);
  const colon = rest.search(/[:：]/);
  const [customer, person] =
    colon >= 0 ? [rest.slice(0, colon), rest.slice(colon + 1)] : splitOnce(rest.trim());
  const details = (person ?? '').replace(/^[\s,，;；]+|[\s,，;；]+$/g, '');
  const comma = details.search(/[,，;；]/);
  const spaced = /[\u3400-\u9fff]/.test(details) ? details.search(/\s/) : -1;
  const cut = comma >= 0 ? comma : spaced;
  const name = (cut >= 0 ? details.slice(0, cut) : details).trim();
  const title =
    cut >= 0
      ? details
          .slice(cut + 1)
          .replace(/^[\s,，;；]+/, '')
          .trim() || null
      : null;
  const customerName = customer.trim();
  if (!customerName || !name) return null;
  return { intent: 'add_contact', customer: customerName, name, title, phone, email };
}
