import type { Cue } from './intent-cues.ts';

const problem = (pattern: RegExp): Cue => ({ intent: 'file_complaint', weight: 2, pattern, tag: 'problem' });

// Words that report what a customer said or felt: 华为说…, 海康反映…, 嫌…, 觉得…, says, reports.
// 说明书 is a manual, not a saying.
const zhReporter = '(?:说(?!明)|反映|反馈|嫌|觉得|认为|表示|提到|吐槽|讲)';
const reporter = new RegExp(
  `${zhReporter}|\\b(?:says?|said|reports?|reported|noticed|claims?|claimed|mentioned|told us|tells us|found|feels?|felt|thinks?)\\b`,
  'gi',
);
// The reported words run to the end of the sentence: commas go on (海康说账单对不上，让我们核对一下).
const sentenceEnd = /[。！？!?\n]|\.(?:\s|$)/;

// Judgements that could be innocent on their own (不顺手, 太小, 打不通, 迟到, 讲得不清楚): a complaint
// only when the customer is the one saying them. Prices (太贵) are left out: that is a negotiation.
const judgements = new RegExp(
  [
    '不(?:太|够|怎么|是很|大)?(?:顺手|好用|规范|合理|专业|准确|及时|稳定|完整|匹配|到位|靠谱|负责|礼貌|友好|直观|流畅|灵敏|理想|清晰)',
    '太(?:小|大|慢|快|短|薄|弱|软|硬|窄|旧|乱|复杂|繁琐|麻烦|吵|响|烫|热|暗|模糊|粗糙|差|烂|卡|久|简单|笼统|难(?:用|找|懂|看|操作|上手))',
    '(?<![觉记值晓懂显取获使舍免省认难])得(?:也|都)?(?:不(?:太|够|怎么|是很)?(?![错了到])\\p{Script=Han}|太(?![好棒多])\\p{Script=Han}|很(?:差|烂|乱|慢|糙|马虎|草率|一般))',
    '(?<![没无])有(?!没)[^，,。]{0,6}?问题|打不通|联系不上|找不到人|没人接|没人回|不回(?:消息|复|电话|邮件|微信)|迟到|早退|爽约|放鸽子|没来|没上门|没解决|解决不了|修不好|没修好|(?:看|听|读)不(?:懂|清|明白)|(?<!时间|日期|日程|档期|地点)(?:对不上|不对|有误)|(?:没|不|未)按(?:约定|约好|规定|合同|承诺)?的?(?:时间|时|期|要求)',
  ].join('|'),
  'u',
);

/**
 * Things customers object to in what we delivered, named on their own: defects you can see, documents
 * with mistakes, late or short deliveries, bills that do not add up, people who came late or never.
 * A judgement that could be innocent on its own (不顺手, 太小, 打不通, 迟到) is a complaint only when
 * the customer is reported saying it (<customer> 说/反映/嫌 + the judgement).
 */
export const zhComplaintCues: Cue[] = [
  // Defects you can see or hear, and documents with mistakes in them.
  problem(
    /[刮划擦蹭](?:痕|伤|花)|磕碰|磕伤|碰伤|凹陷|凹坑|凹了|瘪了|裂纹|裂缝|开裂|缺口|毛刺|污渍|污点|锈迹|锈斑|色差|偏色|褪色|掉色|掉漆|起皮|鼓包|脱落|松动|异味|坏点|暗点|漏光|虚焊|短路|贴歪|装反|歪了|闪烁|闪屏|屏闪|抖动|(?:一直|老是|总是|经常)占线|一团糟|一塌糊涂|乱七八糟|(?:弄|搞)(?:脏|坏|丢|乱|砸)了?|(?:断|弯|折|碎|裂|烧|坏|掉)了(?:[一二两三四五六七八九十几\d]+(?:台|个|件|根|块|片))?|不良品|不良率|(?:外观|功能|接触|来料|品质|做工)(?:不良|粗糙|差)|瑕疵|缺陷|错别字|错字|笔误|乱码|缺页|漏项|少件|缺件|(?:温度|噪音|声音|误差|能耗|功耗|故障率|返修率|不良率)(?:偏|太|过|很|特别|有点|有些)(?:高|大)|(?:格式|排版|翻译|字体|版面|内容)(?:太乱|很乱|混乱|乱了|不规范|不统一|不对|有误|错了|有问题)/,
  ),
  // Late, short or wrong deliveries: 晚了三天, 迟了一周, 少了两箱.
  problem(
    /(?:晚|(?<!推)迟|拖|延误|延迟)了?(?:整整|足足|快|将近|差不多)?(?:[一二两三四五六七八九十几半\d]+|好几)(?:个)?(?:天|周|星期|礼拜|月|小时|钟头|分钟|工作日)|(?:到|送|交|发|来)晚了|晚到|一拖再拖|没按时|不按时|未按时|(?:少|缺|短)了?[一二两三四五六七八九十几\d]+(?:箱|台|件|个|套|包|盒|份|托|卷|张|瓶|袋|根|块|批|pcs)|短少|发少了|少送|漏送|送错|(?:老是|经常|总是|一直|又)?超时/i,
  ),
  // Bills and figures that do not agree: 对账单有差异, 金额有点对不上, 多扣了.
  problem(
    /有(?:点|些)?(?:差异|出入)|不一致|不相符|(?:数据|数字|金额|账|账单|价格|报表|数量|发票|单据|订单)(?:有点|有些|总是|老是|又|都|全)?(?:对不上|不符)|多扣|重复扣|扣多了|重复收费|多算|收错|(?:金额|费用|账单|收费|扣款)(?:多|少)了|(?:少|多)(?:开|扣|收|算)了?[一二两三四五六七八九十几百千万\d]/,
  ),
  // Our people: rude, sloppy, never there.
  problem(
    /态度(?:差|不好|恶劣|很差|太差|冷淡|有问题)|不专业|敷衍|推诿|踢皮球|没人管|没人理|不理人|爱答不理|不太满意|不怎么满意|不是很满意|不大满意/,
  ),
  // Things that will not load or show, in Chinese or with an English word: 加载不出来, loading 不出来.
  problem(
    /(?:加载|刷新|显示|访问|播放|点|跑|运行|提交|下单|发送|充电|开机|联网|定位|转)不(?:了|出来|动|起来|通)|一直转圈|转圈圈|报\s*(?:\d{3}|异常|警)|(?:经常|老是|总是|频繁|一直|又)\s*(?:[45]\d\d|报错|出错|超时|掉线|断开)|影响(?:了)?.{0,4}(?:生产|使用|出货|交付|业务|运营|上线)|[a-z]\s*不(?:出来|了|上|动)/i,
  ),
  // The customer puts it on us: 说是我们控制器的问题, 我们的锅.
  problem(/(?:是|怪)我们.{0,15}的(?:问题|锅|责任|原因)|我们的锅|有(?:点|些|点儿|不少|很大)问题/),
  // Judgements that need the customer as their speaker: 说…不顺手, 嫌…太小, 反映…打不通, 说…讲得不清楚.
  // 说他们那边流程太复杂 is about their own side, not about us.
  problem(
    new RegExp(`${zhReporter}(?:(?!他们|她们|自己)[^。！？!?\\n]){0,30}?(?:${judgements.source})`, 'u'),
  ),
];

/** The same field in English: typos, scratches, wrong readings, short shipments, "isn't happy with". */
export const enComplaintCues: Cue[] = [
  {
    intent: 'file_complaint',
    weight: 3,
    pattern:
      /\b(?:isn'?t|aren'?t|wasn'?t|weren'?t|not) (?:very |too |at all |so |that |really |entirely )?(?:happy|satisfied|pleased|impressed|thrilled)\b|\bdisappointed\b/i,
  },
  problem(
    /\btypos?\b|\bscratch(?:es|ed)?\b|\bdent(?:s|ed)?\b|\bcrack(?:s|ed)?\b|\bstain(?:s|ed)?\b|\bdead pixels?\b|\bdead on arrival\b|\bDOA\b|\barrived (?:dead|broken|damaged|cracked|wet)\b|\b(?:wrong|incorrect|inaccurate)\b|\bmismatch\w*|\bdiscrepanc(?:y|ies)\b|\b(?:doesn'?t|don'?t|didn'?t|does not|do not) (?:match|add up|fit|line up)\b|\b(?:is|are|was|were) (?:all |way )?off\b/i,
  ),
  problem(
    /\b(?:\d+|a|one|two|three|four|five|several|few) (?:days?|weeks?|hours?|months?) late\b|\b(?:showed up|came|arrived|delivered|shipped) (?:\w+ )?late\b|\bdelayed\b|\bshort (?:by )?\d+|\b\d+ (?:boxes|units|pcs|pieces|items|cases|pallets) short\b|\bmis(?:print|label|spell|ship|sen[dt]|count)\w*|\bover-?bill\w*|\bover-?charg\w*|\bbilled twice\b/i,
  ),
  problem(
    /\bnever (?:calls?|called|answers?|answered|responds?|responded|repl(?:y|ies|ied)|gets? back|got back|shows?|showed)\b|\b(?:no ?one|nobody) (?:answers|answered|responds|responded|calls? back|called back|picks? up|showed)\b|\bno-?show\b|\brude\b|\bunprofessional\b|\bsloppy\b|\bpoor (?:quality|service|support|workmanship|job)\b|\bconfusing\b|\bhard to (?:use|read|find|follow|navigate)\b|\btoo (?:slow|small|big|loud|hot|complicated|confusing)\b/i,
  ),
  // A stopped line said without a verb (Acme line down, production line down 了), and blame on us.
  problem(
    /\b(?:line|lines|plant|factory|production|site|system|server|servers|app|platform|website|portal|network)s?(?: #?\d{1,3})? (?:is |are |went |has gone )?down\b|\bblam(?:e|es|ed|ing) (?:us|our)\b|\b(?:it'?s|it is|it was|its) our (?:fault|bug|\w+)\b|\bour fault\b/i,
  ),
];

/**
 * Where the customer is reported saying something is wrong: from the reporting word (说, 反映, says) to
 * the end of the problem it names, within one sentence; null when no problem is put in anyone's mouth.
 * An activity inside that span is what the customer reports (我们的工程师上门迟到了), not our visit.
 */
export function findReportedProblem(body: string, cues: Cue[]): { start: number; end: number } | null {
  const problems = cues.filter((cue) => cue.tag === 'problem');
  for (const said of body.matchAll(reporter)) {
    const from = said.index + said[0].length;
    const rest = body.slice(from);
    const stop = rest.search(sentenceEnd);
    const sentence = stop < 0 ? rest : rest.slice(0, stop);
    const ends = [...problems.map((cue) => cue.pattern), judgements].flatMap((pattern) => {
      const hit = pattern.exec(sentence);
      return hit ? [hit.index + hit[0].length] : [];
    });
    if (ends.length > 0) return { start: said.index, end: from + Math.min(...ends) };
  }
  return null;
}
