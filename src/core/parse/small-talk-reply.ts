import { normalizeText } from './normalize-text.ts';
import type { Language } from './parse-result.ts';
import { readChatPhrase, type SmallTalkKind } from './read-chat-phrase.ts';

// One short line, in the script the person wrote: small talk gets a friendly word, not the help card.
const lines: Record<SmallTalkKind, Record<Language, string>> = {
  greeting: {
    'zh-Hans': '你好！有需要随时找我。',
    'zh-Hant': '你好！有需要隨時找我。',
    en: 'Hi! Here whenever you need me.',
  },
  thanks: { 'zh-Hans': '不客气 😊', 'zh-Hant': '不客氣 😊', en: "You're welcome 😊" },
  ok: { 'zh-Hans': '好的 👌', 'zh-Hant': '好的 👌', en: '👌' },
  laugh: { 'zh-Hans': '😄', 'zh-Hant': '😄', en: '😄' },
  bye: { 'zh-Hans': '再见，回头聊！', 'zh-Hant': '再見，回頭聊！', en: 'Bye, talk soon!' },
  how_are_you: {
    'zh-Hans': '挺好的，谢谢！今天有什么要记的吗？',
    'zh-Hant': '挺好的，謝謝！今天有什麼要記的嗎？',
    en: 'All good, thanks! Anything to log today?',
  },
  praise: { 'zh-Hans': '谢谢夸奖 😊', 'zh-Hant': '謝謝誇獎 😊', en: 'Thanks! 😊' },
  mood: { 'zh-Hans': '辛苦了，注意休息 😊', 'zh-Hant': '辛苦了，注意休息 😊', en: 'Hang in there 😊' },
  emoji: { 'zh-Hans': '😊', 'zh-Hant': '😊', en: '😊' },
  weather: {
    'zh-Hans': '天气我看不了，客户的事可以随时问我 😊',
    'zh-Hant': '天氣我看不了，客戶的事可以隨時問我 😊',
    en: "I can't check the weather, but ask me anything about your customers 😊",
  },
};

/** The answer to a small_talk message: thanks gets 不客气, hello gets hello, weather a smile. */
export function smallTalkReply(text: string, language: Language): string {
  const phrase = readChatPhrase(normalizeText(text).match);
  const kind = phrase?.intent === 'small_talk' ? phrase.kind : 'weather';
  return lines[kind][language];
}
