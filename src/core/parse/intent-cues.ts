import { zhComplaintCues } from './complaint-cues.ts';
import { englishCues } from './intent-cues-en.ts';
import type { Intent } from './parse-result.ts';

/** The intents read from cues anywhere in a message (the rest open with their own command words). */
export type ScoredIntent = Extract<
  Intent,
  | 'log_visit'
  | 'find_customer'
  | 'list_followups'
  | 'file_complaint'
  | 'record_sale'
  | 'add_customer'
  | 'small_talk'
>;

/**
 * One family of phrasing that points to an intent. Weights: 3 names the intent on its own (拜访了,
 * 谁在跟, 要跟进哪些, 投诉, furious); 2 is strong but shared (坏了 in a visit note is an issue raised);
 * 1 only leans (聊了, 说, a next step). Tags change how a cue counts once the whole message is read:
 * - past: an activity that happened (见了, met). A question mark then does not make it a question.
 * - problem: something wrong with our product or service; raised during a visit, it is the visit's issue.
 * - future: a sale still to come (下个月签约), which is not a sale.
 */
export interface Cue {
  intent: ScoredIntent;
  pattern: RegExp;
  weight: number;
  tag?: 'past' | 'problem' | 'future';
}

const cue = (intent: ScoredIntent, weight: number, pattern: RegExp, tag?: Cue['tag']): Cue =>
  tag ? { intent, weight, pattern, tag } : { intent, weight, pattern };

// Common surnames, so 王总 / 李工 read as a person and 总是 / 停工 do not.
const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';

// Patterns run on the simplified, half-width copy, so 見了 / 開了個會 are read as 见了 / 开了个会.
const chineseCues: Cue[] = [
  // Visits: being there, meeting, eating and drinking together, calls, training and demos.
  cue('log_visit', 3, /拜访|拜会|走访|上门|登门|到访|来访|拜见|面见|拜了|拜过/),
  cue(
    'log_visit',
    3,
    /(?:去|跑|走|来)了(?:一)?(?:趟|下)|(?<![进出回上下过不])去了|去过|到了.{1,10}(?:公司|工厂|现场|总部|那边|办公室)/,
    'past',
  ),
  cue(
    'log_visit',
    3,
    /去(?:了)?.{1,12}?(?:现场|工厂|总部|那边|那里|办公室|门店|仓库|车间)|去.{1,10}?(?:拜访|交流|坐坐|看看|看了|开会|谈)/,
  ),
  cue(
    'log_visit',
    3,
    /来(?:了)?(?:我们|我司|咱们|咱|公司|总部|工厂|厂里|厂|展厅|这边|这里).{0,6}(?:参观|考察|交流|拜访|看|坐坐|测|试|调试|验收|开会|培训)|来(?:参观|考察|交流|拜访|看厂|验厂)|参观了|考察了|接待了|(?:刚|刚刚)?从.{1,12}?(?:出来|回来|离开)|(?<![出起下上进回原本])(?:过来|来)(?:了)?[，,]?.{0,3}(?:看了|看看|参观了?|交流了|坐了)|的人.{0,6}(?:过来|来)了|陪(?:着|同)?.{1,12}?(?:看|参观|考察|走|逛|转)了?/,
    'past',
  ),
  cue('log_visit', 3, /见了|见过|见到(?:了)?|见了面|碰了(?:个|一)?面|碰头|面谈|会面|约见了?|聚了/, 'past'),
  cue(
    'log_visit',
    3,
    /开了(?:个|一个|一次|次|场|一场|两个|几个)?.{0,4}?会(?!员|计)|开完(?:了)?会|会上|刚开完|散会|开的会|见的面|会(?:已经|也|都)?(?:开完|开了)/,
    'past',
  ),
  cue(
    'log_visit',
    3,
    /开会|会议|例会|碰头会|评审会|视频会|线上会|电话会|(?:说明|交流|推介|研讨|座谈|见面|沟通|启动|对接|技术|方案)会|腾讯会议|飞书会议|钉钉会议|zoom|teams会/,
  ),
  cue(
    'log_visit',
    3,
    /吃了(?:个|顿|一顿|个便|点)?(?:饭|午饭|晚饭|早饭|早茶|便饭|火锅|烧烤)|喝了(?:杯|个|点|顿|几杯|一杯)?(?:咖啡|茶|酒|下午茶)|喝了(?:[一两几三]|好几)(?:杯|瓶|轮|顿)|坐了坐|坐了一(?:会|下)|打了(?:场|一场)?(?:球|高尔夫)|一起(?:吃|喝)了/,
    'past',
  ),
  cue(
    'log_visit',
    3,
    /吃(?:个|顿|了)?饭|饭局|聚餐|喝(?:个|杯)?(?:咖啡|茶|下午茶)|请.{1,10}吃(?:了)?(?:饭|午饭|晚饭)|坐坐/,
  ),
  cue(
    'log_visit',
    3,
    /通了(?:个|一个|一通|通)?电话|打了(?:个|一个|通|一通|几个)?电话|(?:接|来)了(?:个|一个)?电话|回了(?:个)?电话|电话(?:里|上|中)|电话(?:沟通|联系|交流|聊|确认|拜访)(?:了|过)?|(?:视频|语音|微信|线上|远程)(?:沟通|交流|通话|聊|过)了/,
    'past',
  ),
  cue('log_visit', 2, /通话|致电|打(?:个|一个|一下)?电话|通(?:个)?电话|电话沟通|连线/),
  // A step of the deal that only happens face to face: 签了意向书, 谈不拢, 谈得不错.
  cue(
    'log_visit',
    3,
    /签(?:了|署了|订了)(?:个|一个|一份|份)?(?:意向书|意向协议|框架协议|合作协议|战略协议|合作意向|备忘录|保密协议|mou|nda|loi)|谈(?:不拢|崩了|得(?:不错|很好|挺好|还行|一般|不太好))|没谈拢|谈拢了/i,
    'past',
  ),
  // A session that went well or is over: demo 很顺利, workshop 做完了, 会议结束了.
  cue(
    'log_visit',
    3,
    /(?:demo|workshop|meeting|call|presentation|training|sync|session|演示|培训|汇报|会议?|拜访|见面|讲座|交流)\s*(?:也|已经|都)?(?:(?:很|挺|非常|还算|比较|进行得?(?:很|挺)?)(?:顺利|成功|愉快)|(?:做|开|打|弄|搞)?(?:完|结束)了)|(?:培训|演示|会议|汇报|讲座|交流会|workshop|demo|training)[^，,。]{0,6}?(?:结束|完毕|圆满|告一段落)/i,
    'past',
  ),
  cue(
    'log_visit',
    3,
    /做了(?:个|一个|一场|一次|场|次|两场)?.{0,8}(?:培训|演示|讲解|汇报|宣讲|介绍|分享|路演|展示|测试|调研|讲座|沙龙|说明会|交流会|推介会|研讨会)|(?:培训|演示|汇报|讲解|宣讲|路演)(?:了|完)|(?:给|为|帮).{1,12}(?:做|讲|搞)了?.{0,6}(?:培训|演示|方案)|demo(?:了|过)|过了(?:一遍|一下|下)?.{0,4}(?:方案|报价|需求|合同|PPT|设计|计划)|讲了(?:一下|下|一遍)?(?:方案|产品)|演示/i,
    'past',
  ),
  // Done with it: 通完电话, 吃完饭, 见完, 聊完; a class given, samples brought, a site supported.
  cue(
    'log_visit',
    3,
    /(?:通|打|开|吃|见|聊|谈|拜访|参观|演示|培训|喝|面试|视频|讲)完(?:了)?|(?:做|跑|测|测试|调试|验收|安装|部署|实施)(?:完|完毕|完成)了?|上了.{0,10}课|讲了.{0,10}课|授课|讲课|看望|探望|拜年|送(?:了)?.{0,6}(?:样品|资料|合同|礼品|礼物)过去|驻场|现场(?:支持|调试|服务)|安装调试|巡检/,
    'past',
  ),
  // Chinese verb, English noun: 开了个 sync, 约了个 call, demo 完.
  cue(
    'log_visit',
    3,
    /(?:开|约|打|做|参加)了(?:个|一个|一次|场)?\s*(?:sync|meeting|mtg|call|demo|zoom|con-?call|workshop|review)|(?:sync|meeting|mtg|call|demo|zoom|chat|catch-? ?up)\s*(?:了|完)|(?:吃|喝)了(?:个|顿|一顿|杯)?\s*(?:lunch|dinner|brunch|breakfast|coffee|tea|drinks?)\b|(?:和|跟|与|同)[^，,。]{1,20}?\s*\b(?:lunch|dinner|coffee|call|meeting|demo|sync|zoom|vc)\b|(?:视频|电话|语音)\s*(?:call|meeting)\b/i,
    'past',
  ),
  // Went round a site, met briefly: 转了一圈, 碰了一下, 谈妥.
  cue(
    'log_visit',
    3,
    /(?:转|逛|走|跑|看)了(?:一|几|两)?圈|碰了(?:一下|个头|一面|下)|谈妥|谈成|谈下来|在.{1,12}?(?:待|呆|坐)了|(?:走|过|讲|演示|梳理|对|捋)了(?:一|两)遍|(?:评审|审核|验收|测试|试用|poc|技术交流)(?:也|已经)?(?:通过|过了)|过会了/i,
    'past',
  ),
  // 视频了半小时, meet 了 / demo 了 (an English verb with a Chinese aspect).
  cue(
    'log_visit',
    3,
    /(?:视频|语音|通话|电话)了|\b(?:meet|met|call|called|visit|visited|demo|demoed|sync|synced|lunch|dinner|coffee)\s*(?:了|过|完)/i,
    'past',
  ),
  cue('log_visit', 1.5, /聊了|谈了|沟通了|交流了|讨论了|商量了|对接了|洽谈|商谈|谈判|约了/, 'past'),
  cue(
    'log_visit',
    1,
    new RegExp(
      `[${surnames}][总工](?![是共部体厂作程司])|经理|主任|老板|总监|老师|部长|处长|科长|董事长|采购|老总`,
    ),
  ),
  cue('log_visit', 1, /(?:说|表示|提到|答应|同意|反映|觉得|希望|打算|计划|想要|需要|要求)(?:了)?/),
  cue(
    'log_visit',
    0.5,
    /^(?:今天|今早|今晚|昨天|昨晚|前天|上午|下午|中午|早上|晚上|刚才|刚刚|刚|上周|周[一二三四五六日天])/,
  ),

  // Questions about one customer: who owns it, how it is going, its grade, its contacts, its file.
  cue(
    'find_customer',
    3,
    /(?:谁|哪(?:个|位)(?:人|销售|同事|业务员?|客户经理)?)(?:在)?(?:跟|负责|对接|管|维护|服务)|(?:归|是)谁(?:的)?(?:客户|负责|管|跟)?|(?:负责人|对接人|跟进人|客户经理|销售)是谁|谁是.{0,6}(?:负责人|对接人|客户经理|关键人|决策人|拍板的|联系人|窗口)|(?:关键人|决策人|拍板的|窗口)是谁|(?:归|属于)哪(?:个|位)?|哪个(?:团队|部门|区域|组)(?:在)?(?:跟|负责|管)|(?:有)?(?:几个|几位|多少个?|多少位|哪些)(?:联系人|决策人|关键人|对接人|负责人)/,
  ),
  cue(
    'find_customer',
    3,
    /(?:什么|啥|咋)情况|情况(?:怎么样|如何|咋样|怎样)|怎么样了|咋样了|进展(?:如何|怎么样|到哪)|(?:最近|现在|目前)(?:怎么样|如何|咋样|怎样|进展|什么情况)|近况|有(?:什么|啥)(?:新)?(?:进展|动静|消息|动态|变化)/,
  ),
  cue(
    'find_customer',
    3,
    /几级|什么级别|(?:客户)?(?:等级|级别|分级)(?:是|是多少|多少|是什么|呢)|(?:是|属于)[abcd](?:类|级)|[abcd](?:类|级)(?:客户)?吗/i,
  ),
  cue(
    'find_customer',
    3,
    /联系人(?:有哪些|是谁|都有谁|有谁|呢|发我|给我)|(?:电话|手机|手机号|号码|邮箱|联系方式|地址|微信)(?:是)?(?:多少|是什么|是啥|啥|呢|发我|给我)|(?:决策人|关键人)是谁|联系人$/,
  ),
  cue(
    'find_customer',
    2,
    /(?:的|客户)(?:资料|信息|档案|详情|背景|基本情况|画像|概况|联系方式|联系电话|电话|邮箱|地址)[?？]*$|(?:的|客户)(?:资料|信息|档案|详情|背景|基本情况|画像|概况)|(?:^|帮我|给我|我想|我要)(?:查|查一下|查查|看看|看一下|看下|调出|拉一下|找一下)/,
  ),
  cue(
    'find_customer',
    3,
    /最新(?:的)?(?:情况|进展|消息|动态|状况)|(?:情况|资料|信息|档案)(?:发|给)我|(?:发|给)我(?:看看|看下|看一下)/,
  ),
  cue('find_customer', 2, /^[^,，。]{1,40}?的?(?:情况|状况|资料|信息|详情|档案|近况|怎么样)[?吗呢]*$/),
  // Its grade or owner asked with a noun alone: 华为的客户等级, 比亚迪的负责人.
  cue('find_customer', 3, /的(?:客户)?(?:等级|级别|负责人|对接人|跟进人|客户经理|销售|联系人)[?？吗呢]*$/),
  // Its history asked for: 美的的跟进记录, 最近的拜访, 有没有人在跟, 有没有叫 X 的客户.
  cue(
    'find_customer',
    4,
    /(?:跟进|拜访|沟通|联系|通话|来往|往来|合作|成交|销售|投诉)(?:记录|纪录|历史|历程)|(?:拜访|联系|跟进|见|去)(?:过|了)?(?:几次|多少次)|(?:在|处于|到了)哪(?:个|一)?阶段|最近(?:的|一次)?(?:拜访|跟进|联系|沟通)[?？\s]*$/,
  ),
  cue(
    'find_customer',
    3,
    /有(?:没有)?人(?:在)?(?:跟|负责|管|对接|维护)|有没有(?:一个|个|一家|家)?叫.{1,30}?的|(?:系统|crm)里(?:有没有|有)/i,
  ),
  // Where a customer stands: 什么状况, 跟进到哪一步了, 谈到什么阶段.
  cue(
    'find_customer',
    3,
    /(?:什么|啥)(?:状况|状态|阶段|进度)|(?:状况|状态|进度|进展)(?:怎么样|如何|咋样|怎样)|到哪(?:一步|个阶段|儿了|了)|哪一步|(?:跟|谈|推进|进行|走)到(?:哪|什么)/,
  ),
  cue(
    'find_customer',
    2,
    /(?:上次|最近一次|最后一次).{0,12}(?:什么时候|哪天|啥时候)|(?:什么时候|哪天).{0,6}(?:联系|拜访|跟进|见)的/,
  ),

  // The follow-up list: what to do, whom to call, 待办.
  cue(
    'list_followups',
    4,
    /(?:要|需要|该|得|应该|还要|还得)(?:去)?(?:跟进|联系|回访|拜访|跟|找|见)(?:的)?(?:哪些|什么|谁|哪几|哪个)|(?:跟进|联系|回访|拜访)(?:哪些|谁|哪几)/,
  ),
  cue('list_followups', 2, /待跟进|待办|待处理|待联系|待回访/),
  cue(
    'list_followups',
    4,
    /(?:还)?有?(?:哪些|什么|多少|哪几个)(?:客户)?(?:要|需要|该|没|还没|未|没有|待)(?:跟进|联系|回访|处理|拜访)|没(?:有)?跟进的|(?:今天|明天|本周|这周|下周|这个星期)(?:我)?(?:的)?(?:安排|任务|日程|计划|工作)/,
  ),
  cue(
    'list_followups',
    4,
    /有(?:什么|啥|哪些)(?:事|任务|安排|要做|要跟)|要做(?:些|点)?(?:什么|啥|哪些|的事)|该做(?:什么|啥)|该(?:联系|找|拜访|跟进)谁|(?:给谁|找谁)打(?:个|一个)?电话|该(?:给|找)谁|我的(?:跟进|待办|任务|日程|安排)|(?:今天|今日|明天|本周|这周|下周|这个星期)的(?:跟进|待办|任务|日程|安排)|跟进(?:列表|清单|事项|任务)/,
  ),
  cue('list_followups', 2, /逾期|过期|超期/),
  cue('list_followups', 4, /^(?:我的)?(?:今天|今日|明天|本周|这周|下周)的?(?:提醒|待办)[?？吗呢]*$/),
  // Asking what slipped: 有没有漏跟的客户, 忘了跟进的.
  cue('list_followups', 4, /(?:漏|忘(?:了)?|落下)(?:了)?(?:跟|联系|回访|拜访)/),
  // Asking which follow-ups there are: 有没有快到期的跟进, 还有几条待办, 哪些回访.
  cue(
    'list_followups',
    3,
    /(?:有没有|有哪些|哪些|什么|多少|几个|几条|几家)[^，,。]{0,8}(?:跟进|待办|任务|回访|提醒)|(?:快|即将|马上|今天|本周|这周)到期|(?:要|需要|该|得)(?:跟进|回访|联系|拜访)的(?:客户|事|任务|人)|(?:列|拉|发)(?:一下|个|出)[^，,。]{0,8}(?:跟进|待办|任务)/,
  ),

  // Complaints: the customer is unhappy with what we sold or did.
  cue('file_complaint', 3, /投诉|客诉|抱怨|不满意|不满|有意见|意见很大/),
  cue(
    'file_complaint',
    3,
    /很生气|生气了|生气|发火|发飙|火了|火大|恼火|不高兴|不开心|炸了|骂(?:了|人)|不爽|(?:要|给|讨)(?:个|一个)?说法|要求赔偿|索赔|赔偿|退货|退款|退钱|要退|取消(?:合同|订单)|换货|要换|不想(?:续约|合作)|要换(?:供应商|厂家|家)|差评|威胁/,
  ),
  // The customer rang us to complain: the call is how the complaint came, not a visit.
  cue('file_complaint', 2, /(?:打|来)(?:了)?(?:个)?电话(?:来)?(?:投诉|抱怨|骂|发火)|来电(?:投诉|抱怨)/),
  cue(
    'file_complaint',
    2,
    /卡顿|卡死|卡住|(?:有点|偶尔|经常|老是|老|总是|一直|又|特别|很|太|非常)(?:卡|慢)|卡(?:一下|了一下)|反应慢|越来越慢|慢得|死机|当机|崩溃|闪退|宕机|挂了|停了|停机|停产|停线|停工|坏了|故障|出(?:了)?问题|有问题|出错|报错|bug|登不(?:进|上)|打不开|进不去|用不了|不能用|没法用|无法(?:使用|登录|打开|运行)|(?:数据|文件|货|包裹|资料|记录|订单|账号)(?:全|都|又)?(?:丢了|丢失|没了)|漏发|少发|发错|错发|少了|破损|损坏|延迟|迟迟|还没(?:到|收到|发)|没到|没收到|质量(?:问题|差|不行)|次品|不合格|漏水|异响|跳闸|烧了|烧坏|不准|太慢|很慢|掉线|失败|不好用|不正常|多收|扣错|(?:全|都|又)?(?:破|碎|烂|裂|坏|脏|湿|漏)了|变形|生锈|发霉|不达标|误报|误判|返工|影响(?:了)?(?:生产|使用|出货|交付|业务)|(?:版本|图纸|配置|参数|批次|标签|包装|地址|型号|颜色)(?:不对|有误|错了)|(?:精度|质量|性能|速度|效果|强度|稳定性)(?:不够|不行|太差|很差|不达标|不稳定|有问题)|(?:数据|数字|金额|账|价格|报表|型号|数量|尺寸|规格|发票|单据|颜色)(?:全|都)?(?:不对|有误|错了|对不上|不准)|[印发写算开填送装配]错/i,
    'problem',
  ),
  // Uproar and things that do not work: 炸锅了, 黑屏, 连不上 / 打印不了 / 开不了机.
  cue('file_complaint', 3, /炸锅|闹翻|吵起来|翻脸|发脾气|急眼|要告|律师函|曝光/),
  cue(
    'file_complaint',
    2,
    /黑屏|全黑|花屏|白屏|没反应|没信号|不亮|不转|不动了|失灵|漏电|冒烟|过热|发烫|噪音大|有噪音|断网|断线|(?:打|开|启动|登录|连|连接|用|装|刷|扫|打印|同步|上传|下载|导出|导入|保存|支付|付款|识别|读取)不(?:了|上|开|进去|出来)|(?:收|看|找|接|听|读|查|登)不到|开不了机/,
    'problem',
  ),
  cue(
    'file_complaint',
    1,
    /反馈|反映|说是我们|怪我们|我们(?:的)?(?:设备|产品|系统|软件|服务|机器|货|售后|客服|平台)|(?:系统|设备|机器|软件|产品|货)(?:老是|一直|总是|又)/,
  ),
  // Defects, late and short deliveries, bills that disagree, judgements the customer is reported making.
  ...zhComplaintCues,

  // Sales: signed, closed, won, with an amount (the amount is weighed by the scorer).
  cue(
    'record_sale',
    2,
    /签了|签下|签约了|签单了?|成交了?|拿下(?:了)?|下(?:了)?单|中标了?|签了合同|合同签了|(?:这单|那单|单子|订单|合同)(?:也|终于|总算)?(?:成了|搞定了|落地了|定了)/,
  ),
  cue(
    'record_sale',
    2,
    /(?:准备|打算|计划|预计|有望|可能|争取|下(?:个)?月|下周|明年|年底|会|要|将|能)(?:签|成交|下单)|还没(?:签|成交)/,
    'future',
  ),

  cue(
    'add_customer',
    3,
    /新增客户|添加客户|新建客户|创建客户|录入(?:一个|个)?(?:新)?客户|(?:有|来了|加)(?:个|一个)新客户|建(?:个)?档/,
  ),

  // Weather, said as small talk.
  cue('small_talk', 3, /天气|下雨|下雪|多少度|冷不冷|热不热|好冷|好热/),
];

/** Every cue family, Chinese and English; a mixed message is read by both. */
export const intentCues: Cue[] = [...chineseCues, ...englishCues];
