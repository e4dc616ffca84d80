/** What a whole message says when it asks nothing of the CRM: how to use the bot, or just being friendly. */
export type ChatPhrase = { intent: 'help' } | { intent: 'small_talk'; kind: SmallTalkKind };
export type SmallTalkKind =
  | 'greeting'
  | 'thanks'
  | 'ok'
  | 'laugh'
  | 'bye'
  | 'how_are_you'
  | 'praise'
  | 'emoji'
  | 'weather'
  | 'mood';

// Asking what the bot does, in the forms people type: 你能干嘛, 这个机器人都能干啥, 怎么用呀, 有什么功能,
// what can you do, how does this work, how do I use this thing. Matched on the whole message once
// greetings before it and particles, punctuation and emoji after it are taken off.
const helpPatterns = [
  /^(?:\/?help|帮助|求助|使用说明|使用帮助|使用方法|说明|菜单|功能|功能列表|命令|命令列表|指令|教程|\?+)$/,
  // Where the manual is, or teach me: 帮助文档在哪, 使用手册在哪里, 教我用一下, 怎么开始.
  /^(?:有没有|有)?(?:帮助|使用|操作|用户)?(?:文档|手册|说明书|指南|教程)(?:在哪(?:里|儿)?|有吗|吗|呢)?$|^(?:你)?教(?:教)?我(?:怎么)?(?:用|使用)(?:一下|下)?(?:你|这个)?$|^(?:怎么|如何|从哪)(?:开始|上手|入门)$/,
  /^(?:这个?|你|您|机器人|助手)?(?:机器人|bot|助手|工具|小助手|东西)?(?:都|到底|还|究竟|平时)?(?:能|会|可以)(?:帮我|为我|给我|帮忙)?(?:干|做|干点|做点|搞|处理|帮)?(?:什么|啥|嘛|哪些|些什么|些啥|点什么|点啥|什么事|哪些事)(?:事情?|功能|工作)?$/,
  /^(?:这个?|你|该|机器人)?(?:机器人|bot|助手|工具|东西|玩意儿?)?(?:要|该|应该)?(?:怎么|如何|咋|怎样)(?:用|使用|操作|玩|弄)(?:的)?$/,
  // The thing asked about said last: 怎么用啊这个.
  /^(?:要|该|应该)?(?:怎么|如何|咋|怎样)(?:用|使用|操作|玩|弄)[啊呀呢]?(?:这个|这东西|这玩意儿?|你|这bot|这个bot|这个机器人)$/,
  /^(?:你|这个?)?(?:有|支持)(?:什么|哪些|啥)(?:功能|命令|指令|用法)$/,
  /^(?:你|您|这个?)(?:机器人|bot|助手)?是(?:干|做)(?:什么|啥|嘛)的$|^你是(?:谁|什么|啥)$/,
  /^(?:你|您)?有(?:什么|啥|哪些)(?:本事|能力|功能|技能|用处|本领)$/,
  // How to do something with the bot: 怎么记拜访, how do I log a visit.
  /^(?:能不能|可不可以|可以|能|请)?(?:教(?:教)?我|告诉我)?(?:我)?(?:要|该|应该)?(?:怎么|如何|怎样|咋)(?:才能)?(?:记录|记|录入|录|登记|添加|新增|加|查询|查|搜|提交|导出|导入|设置|修改|改|删除|删|完成|关闭|投诉|报|写|建|创建|分配|转交|标记)/,
  /^how (?:do|can|should|would) (?:i|we|you) (?:log|record|add|file|create|find|search|look up|see|check|set|change|edit|delete|remove|export|import|mark|close|move|reschedule|assign|report|track|enter|update)\b|^how to (?:log|record|add|file|create|find|search|export|import|mark|close|reschedule|assign)\b/,
  /^(?:what (?:else |kinds? of (?:stuff|things|tasks) |sort of (?:stuff|things) |stuff |things )?(?:can|do|could) (?:you|u|this(?: bot| thing)?|it|the bot) (?:do|help (?:me )?with)(?: for me)?|what do you do|how (?:does|do) (?:this|it|you)(?: thing| bot)? work|how (?:do i|to|can i|should i|do we) use (?:this|you|it|the bot)(?: thing| bot)?|how do i use|how to use|what are (?:your|the) (?:commands|features|options)|what (?:commands|features) (?:are there|do you have)|what can i (?:ask|say|do|tell)(?: you)?(?: here)?|what(?:'s| is) (?:this|this bot|this thing|the bot|it) for|what are you|who are you|how (?:can|could|do|will) (?:you|u|this(?: bot)?) help(?: me| us)?|help(?: me| please| pls)?|help me (?:get started|out|use (?:this|it|you))|(?:teach|show) me how (?:to use|this works)(?: this| it| you)?(?: bot| thing)?|(?:how (?:do i|to|can i) )?get(?:ting)? started|where do i (?:start|begin)|commands?|menu|usage|instructions)$/,
];

// Phrases that are the whole point of a message, one per segment: 好的谢谢, "ok thanks!", 哈哈 收到.
const smallTalkWords: [SmallTalkKind, RegExp][] = [
  [
    'greeting',
    /^(?:你好|您好|大家好|嗨|哈喽|哈啰|嘿|早|早啊|早上好|早安|上午好|中午好|午安|下午好|晚上好|在吗|在不在|在么|喂|喂喂|好久不见|(?:周末|节日|新年|春节|中秋|国庆|元旦|圣诞|端午)快乐|周末愉快|节日愉快|新年好|过年好|hi|hello|hey|heya|hiya|yo|morning|good (?:morning|afternoon|evening|day)|greetings|hi there|hey there|happy (?:friday|monday|holidays|new year|weekend)|have a (?:good|nice|great) (?:day|weekend|one)|merry christmas)$/,
  ],
  // Good wishes: 祝你一路平安, 祝大家周末愉快.
  ['greeting', /^祝(?:你|您|大家|各位|你们)?.{2,10}$/],
  [
    'thanks',
    /^(?:谢谢|谢谢你|谢谢您|谢谢啦|谢啦|谢了|多谢|感谢|非常感谢|太感谢了|感恩|辛苦了|辛苦啦|辛苦|麻烦了|麻烦你了|thanks|thank you|thank u|thx|ty|tysm|cheers|many thanks|thanks a lot|thanks a bunch|thanks a million|thanks heaps|much appreciated|appreciate it)$/,
  ],
  [
    'ok',
    /^(?:好的|好|好嘞|好滴|好哒|好吧|行|行吧|可以|嗯|嗯嗯|恩|恩恩|哦|哦哦|噢|收到|收到了|了解|了解了|明白|明白了|知道了|懂了|没问题|没事|没事了|对|对的|是的|ok|okay|okk|okey|k|kk|sure|cool|noted|roger|got it|understood|sounds good|will do|alright|all right|yes|yep|yeah|yup|no problem|np|no worries|nvm|never mind|fine)$/,
  ],
  [
    'mood',
    /^(?:今天|今天真|真|有点|好)?(?:好累|太累了|累死了|累了|好困|困死了|好饿|饿了|饿死了|无聊|好无聊|烦死了|好烦|开心|好开心|忙死了|好忙)$|^(?:so |really )?(?:tired|exhausted|bored|hungry|sleepy)$|^(?:long|busy|crazy|rough) day$/,
  ],
  [
    'laugh',
    /^(?:哈{2,}|呵{2,}|嘿{2,}|嘻{2,}|笑死|笑死了|太逗了|好逗|逗死了|好好笑|太好笑了|太搞笑了|搞笑|有意思|太有意思了|有趣|h[ae](?:h[ae])+h?|lo+l|lmao|rofl|xd)$/,
  ],
  [
    'bye',
    /^(?:拜拜|再见|回头聊|下次聊|晚点聊|先这样|晚安|bye|bye bye|goodbye|see you|see ya|cya|later|good night|gn|ttyl)$/,
  ],
  [
    'how_are_you',
    /^(?:你好吗|您好吗|最近好吗|最近怎么样|最近如何|吃了吗|吃饭了吗|忙吗|在忙吗|忙不忙|how are you|how are u|how r u|how's it going|how is it going|what's up|whats up|sup|how have you been)$/,
  ],
  [
    'praise',
    /^(?:棒|真棒|好棒|太棒了|厉害|真厉害|牛|牛啊|牛逼|666+|不错|很好|太好了|赞|点赞|给力|great|nice|awesome|perfect|amazing|good job|well done|nice one|nice work|great job|love it|brilliant|you(?:'re| are) (?:the best|awesome|great|amazing|a star)|you rock|good bot)$/,
  ],
];

// Pictographs with their skin tones, variation selectors and joiners (👍🏻, ❤️, 👨‍💻).
const emoji = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D/gu;
const hasEmoji = /\p{Extended_Pictographic}/u;
// One trailing particle (好的呀, 谢谢啦, 怎么用呢); one only, so 嗯嗯啊啊 stays unclear.
const particle = /(?<=\S)[啊呀呢啦吧哈哦喔嘛噢]$/;
const greetingHead =
  /^(?:你好|您好|嗨|哈喽|hi|hello|hey|请问|那个|我想问一下|想问一下|问一下|问下|please|so|um|uh)(?:[\s,，!！~～]+|(?=[\u4e00-\u9fff]))/i;

/**
 * help or small_talk when that is all the message says; null when it asks for anything else, so
 * "thanks, and log a visit with Acme" still reaches the CRM readers. `body` is the simplified,
 * half-width text.
 */
export function readChatPhrase(body: string): ChatPhrase | null {
  const text = body.trim().toLowerCase();
  if (text === '' || text.length > 40) return null;
  const help = text
    .replace(greetingHead, '')
    .replace(emoji, '')
    .replace(/[\s,，.。!！?？~～…]+$/u, '');
  const joined = help.replace(/(?<=[\u4e00-\u9fff])\s+|\s+(?=[\u4e00-\u9fff])/g, '');
  const asked = [help, joined, joined.replace(particle, '').trim()];
  if (asked.some((form) => helpPatterns.some((pattern) => pattern.test(form)))) return { intent: 'help' };
  if (/^[?？]+$/.test(text)) return { intent: 'help' };
  const segments = text
    .replace(emoji, ' ')
    .split(/[,，.。!！?？~～、…;；:：()（）]+/u)
    .map((segment) => segment.trim().replace(/\s+/g, ' '))
    .filter((segment) => segment !== '');
  if (segments.length === 0) return hasEmoji.test(text) ? { intent: 'small_talk', kind: 'emoji' } : null;
  if (segments.length > 4) return null;
  const kinds = segments.map(readSegment);
  if (kinds.some((kind) => kind === null)) return null;
  // 好的谢谢 is thanks; the last thing said is what a reply answers, except an "ok" after it.
  const kind = [...kinds].reverse().find((found) => found !== 'ok') ?? 'ok';
  return { intent: 'small_talk', kind: kind! };
}

// Who is thanked and how much: "thanks so much", "thank you guys", 谢谢大家, 辛苦你们了.
const addressee =
  /^(?:大家|各位|你们|老师们?)(?=\S)|\s+(?:so much|very much|a lot|a ton|again|guys|team|man|buddy|bot|mate|all|everyone|for (?:that|this|the help|your help))$|(?<=[\u4e00-\u9fff])(?:大家|你们|各位|老师|亲|哥|姐|兄弟|哥们|老铁|姐妹|朋友们?)(?=了?$)/;

function readSegment(segment: string): SmallTalkKind | null {
  const plain = segment.replace(particle, '');
  for (const candidate of [segment, plain, plain.replace(addressee, '')]) {
    const kind = readPhrase(candidate) ?? readTwoPhrases(candidate);
    if (kind) return kind;
  }
  return null;
}

function readPhrase(text: string): SmallTalkKind | null {
  return smallTalkWords.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

// 好的谢谢, 收到谢谢, "ok thanks", "got it thanks": two phrases with no punctuation between them,
// split between two characters (Chinese) or at a space (English).
function readTwoPhrases(segment: string): SmallTalkKind | null {
  if (segment.length > 24) return null;
  const cuts = /^[\u4e00-\u9fff]+$/.test(segment)
    ? [...segment].map((_, at) => [at, at])
    : [...segment.matchAll(/ /g)].map((space) => [space.index, space.index + 1]);
  for (const [end, start] of cuts) {
    if (end === 0) continue;
    // 哈哈 is a laugh before it is 哈 with a particle.
    const head = segment.slice(0, end);
    const first = readPhrase(head) ?? readPhrase(head.replace(particle, ''));
    const second = first && readPhrase(segment.slice(start));
    if (first && second) return second === 'ok' ? first : second;
  }
  return null;
}
