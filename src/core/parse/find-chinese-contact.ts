import type { Span } from './text-span.ts';

export interface ContactMatch {
  name: string;
  title: string | null;
  /** The whole phrase in the text (张总, CTO Zhang), so a customer name can stop before it. */
  span: Span;
}

// Common surnames. Characters that are far more often part of a word than a surname (为, 和, 国, 明,
// 车, 管, 班…) are left out; a missed 班主任 costs less than a contact named 班主任.
const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢' +
  '姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施牛' +
  '樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝路' +
  '游辛靳柴蒙鲍喻祁蒲房滕屈饶牟艾尤穆卓吉缪简项连芦麦褚娄窦戚岑景党宫费卜冷晏席米柏宗瞿桂佟臧闵邬边卞姬栾隋';
const compoundSurnames = '欧阳|司马|上官|诸葛|东方|夏侯|皇甫|尉迟|公孙|慕容|长孙|令狐|司徒|端木';
// Longest first: 总经理 before 总, 副总裁 before 副总.
const titles =
  '副总经理|副总裁|副总监|副经理|副主任|副部长|副院长|副行长|副总|总经理|总监|总裁|总工|董事长|董事|董|总|经理|主任|主管|' +
  '协理|副理|襄理|特助|课长|组长|店长|处长|科长|部长|局长|院长|校长|所长|厂长|行长|站长|工程师|工|老师|教授|博士|律师|医生|会计|老板|助理|秘书|专员|顾问|' +
  '先生|女士|小姐';

const contactPattern = new RegExp(`(${compoundSurnames}|[${surnames}])(${titles})`, 'g');

// Words that end in surname + title but are no person: 施工, 关于总体, 工程总包, 对方经理.
const wordsBefore =
  /^(?:关于|对于|由于|等于|至于|属于|终于|过于|基于|处于|位于|用于|最高|提高|工程|过程|流程|日程|行程|资金|现金|基金|对方|双方|甲方|乙方|我方|各方)$/;
const notAfter: Record<string, RegExp> = {
  总: /^[体共结部额数计价量值线账包之]/,
  工: /^[作程人业厂地期队具艺序资单会商区]/,
  董: /^[事会]/,
};
const notWords = new Set(['施工', '童工', '金工', '石工']);
// 王总不在 / 李经理出差了: named, but not the person met.
const absentAfter = /^\s*(?:不在|没在|没来|出差|请假|休假)/;

/** 张总 → {张总, 总}; 陳經理 stays 陳經理 with title 經理 (sliced from the original). */
export function findChineseContacts(match: string, original: string): ContactMatch[] {
  const found: ContactMatch[] = [];
  for (const hit of match.matchAll(contactPattern)) {
    const [whole, surname = '', title = ''] = hit;
    const start = hit.index;
    const end = start + whole.length;
    if (notWords.has(whole)) continue;
    if (wordsBefore.test(match.slice(start - 1, start + 1))) continue;
    if (notAfter[title]?.test(match.slice(end))) continue;
    if (absentAfter.test(match.slice(end))) continue;
    found.push({
      name: original.slice(start, end),
      title: original.slice(start + surname.length, end),
      span: { start, end },
    });
  }
  return found;
}

/** 联系人是李明 / 联系人：李明 — a full name with no title. */
export function findNamedChineseContact(match: string, original: string): ContactMatch | null {
  const hit =
    /(?:联系人|对接人)(?:是|为|:)?\s*(?!离职|换|变|不|没|走|调|说|也|还|都|已|在|是|有|的)([\u4e00-\u9fff]{2,4}?)(?=[\s,.;:!?。]|$|的|说|表示)/.exec(
      match,
    );
  if (!hit?.[1]) return null;
  const start = hit.index + hit[0].length - hit[1].length;
  const end = hit.index + hit[0].length;
  return { name: original.slice(start, end), title: null, span: { start: hit.index, end } };
}
