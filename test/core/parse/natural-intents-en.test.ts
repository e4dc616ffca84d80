import { describe, expect, it } from 'vitest';
import type { Intent } from '../../../src/core/parse/parse-result.ts';
import { parseAt } from './parse-at.ts';

// Chat English and English mixed with Chinese, the way reps type between meetings: no "log visit",
// abbreviations (w/, mtg, vc), dropped subjects.

const visits = [
  "met w/ Acme's CTO this morning, they want a quote by Friday",
  'lunch with the Globex team, talked about renewal',
  'had coffee with Sarah from Initech',
  'quick call w/ Hooli, follow up next Tuesday',
  'demoed the new dashboard to Umbrella today, they loved it',
  'dinner w/ Wayne Enterprises procurement last night',
  'mtg with Stark Industries re: Q3 pilot',
  "vc with Soylent's IT team, they need SSO",
  'caught up with Dana at Cyberdyne over coffee',
  "Spoke to Massive Dynamic's CFO, budget approved",
  "Ran a training session for Vandelay's support staff",
  'Jumped on a call with Pied Piper, pricing is the blocker',
  'Stopped by Tyrell Corp to drop off samples',
  'Presented our roadmap to Oscorp leadership this afternoon',
  'Took the Initrode buyers out for lunch',
  '和 Acme 开了个会，they want a pilot',
  'met 华为的张总 today, 聊了报价',
];

const questions = [
  'who owns Globex?',
  "what's the status with Acme",
  'pull up Initech',
  'tell me about Hooli',
  'info on Umbrella Corp',
  'any news on Stark Industries?',
  "Who's handling Wayne Enterprises these days?",
  'what grade is Soylent',
  'contacts at Cyberdyne?',
  "What's going on with Tyrell?",
  "how's Oscorp doing?",
  'status update on Pied Piper pls',
  'is Acme furious?',
  'when did we last meet Globex?',
  "give me Initech's phone number",
  'Acme 现在谁在跟?',
];

const followUpLists = [
  'what do I need to follow up on',
  'who should I call today?',
  'my to-do list',
  "what's on my plate this week",
  'anything due today?',
  'show me my follow-ups for this week',
  'which customers do I need to follow up with this week',
  "what's pending?",
  "who haven't I called in a while",
  'overdue stuff?',
  'what should I work on today',
  'todo',
  '今天 what do I need to follow up on',
  'whats on my agenda today',
  'who do I need to ping this week',
];

const complaints = [
  'Acme is furious, production is down',
  'Globex says the app keeps crashing',
  "Initech's invoices are wrong again, they're pretty upset",
  "Hooli's server went down last night and they're escalating",
  'Umbrella wants a refund, the units arrived damaged',
  'Stark Industries is unhappy with our support response times',
  "Wayne Enterprises can't log in since the update",
  'Soylent reports the machine stopped working after 2 days',
  "Cyberdyne's shipment never arrived, they're threatening to cancel",
  'Tyrell got double charged on the last bill',
  'Oscorp complaining about slow delivery again',
  'Massive Dynamic: system is down, line 3 stopped',
  'Vandelay is angry about the late delivery',
  'Pied Piper says our platform is buggy and laggy',
  'Acme 反馈 the dashboard 一直卡顿',
];

const help = [
  'what can you do',
  'how does this work',
  'how does this bot work?',
  'what can I ask you',
  'commands',
  'what do you do?',
  'so how does this work',
  'what can u do',
  'how do i use you',
  'what are your features',
  'hey, what can you do?',
  'what else can you do',
  'help me',
  'HELP!!',
  'what can you do 🤔',
];

const smallTalk = [
  'thanks',
  'thank you!',
  'ok',
  'cool',
  '👍👍',
  'haha',
  'hi',
  'good morning!',
  'great, thanks',
  'lol',
  'ok thanks',
  'got it thanks',
  "how's the weather today?",
  'np',
  'nice one',
  'ok 谢谢',
  'thx 👌',
];

const unclear = ['asdf', 'hmm', 'the thing from yesterday', 'see above', 'and the other one?', 'wait'];

const families: [Intent, string[]][] = [
  ['log_visit', visits],
  ['find_customer', questions],
  ['list_followups', followUpLists],
  ['file_complaint', complaints],
  ['help', help],
  ['small_talk', smallTalk],
  ['unknown', unclear],
];

describe('intents from natural English and mixed phrasing', () => {
  it.each(families.flatMap(([intent, texts]) => texts.map((text) => [text, intent] as const)))(
    '%s → %s',
    (text, intent) => {
      const result = parseAt(text);
      expect(result.intent).toBe(intent);
      if (intent === 'unknown') expect(result.intentConfidence).toBe(0);
      else expect(result.intentConfidence).toBeGreaterThan(0.3);
    },
  );
});

describe('what a message is not', () => {
  it.each([
    ['remind me to call Acme on Friday', 'unknown'],
    ['is Globex still angry about the outage?', 'find_customer'],
    ['Globex called to complain about the new pricing', 'file_complaint'],
    ['which clients do I need to email today?', 'list_followups'],
    ['do we have any notes on Initech?', 'find_customer'],
    ['who are you?', 'help'],
    ['long day', 'small_talk'],
    ['have a great weekend!', 'small_talk'],
  ] as const)('%s → %s', (text, intent) => {
    expect(parseAt(text).intent).toBe(intent);
  });
});

describe('phrasing a rule list would miss', () => {
  it.each([
    ['gave Initrode a tour of the plant today', 'log_visit'],
    ['walked the Acme team through the Q4 roadmap', 'log_visit'],
    ['Globex status?', 'find_customer'],
    ['where are we with Hooli', 'find_customer'],
    ['catch me up on Umbrella', 'find_customer'],
    ['what have I got on today', 'list_followups'],
    ["what's on tap this week?", 'list_followups'],
    ['anything expiring soon?', 'list_followups'],
    ["Initech's kiosk won't turn on since Monday", 'file_complaint'],
    ['the Acme order showed up damaged, they want it replaced', 'file_complaint'],
    ['how do I reschedule a follow-up?', 'help'],
    ['thanks guys', 'small_talk'],
    ['did a lunch & learn at Globex today', 'log_visit'],
    ['ran into Hooli’s VP at the expo, they want a call next week', 'log_visit'],
    ['spent two hours with Initech going over the contract', 'log_visit'],
    ["Acme: who's the champion there?", 'find_customer'],
    ['which follow-ups do I have this week', 'list_followups'],
    ['anything I need to do before Friday?', 'list_followups'],
    ['Globex users keep getting kicked out of the portal', 'file_complaint'],
    ['what sort of things can you help with', 'help'],
    ['breakfast w/ the Hooli founders, they want a pilot', 'log_visit'],
    ['who do we know over at Initech?', 'find_customer'],
    ['who is waiting for a callback from me?', 'list_followups'],
    ["Globex's invoices show the wrong totals again", 'file_complaint'],
    ['how could you help us?', 'help'],
    ['thanks a million', 'small_talk'],
  ] as const)('%s → %s', (text, intent) => {
    expect(parseAt(text).intent).toBe(intent);
  });
});

describe('sales in English', () => {
  it.each([
    ['Signed Globex for 45k', 'Globex', 4_500_000],
    ['closed Hooli, 120k', 'Hooli', 12_000_000],
    ['won the Initech deal, $80k', 'Initech', 8_000_000],
    ['Umbrella signed 200k today', 'Umbrella', 20_000_000],
    ['Acme closed 50k this month', 'Acme', 5_000_000],
  ])('%s is a sale to %s', (text, customer, amountCents) => {
    const result = parseAt(text);
    expect(result.intent).toBe('record_sale');
    expect(result.command).toMatchObject({ customer, amountCents });
  });

  it('a sale with no customer is offered, not booked', () => {
    const result = parseAt('closed 30k this month');
    expect(result.intent).toBe('unknown');
    expect(result.intentAlternatives[0]?.intent).toBe('record_sale');
  });

  it('a sale still to come is not a sale', () => {
    const result = parseAt('had lunch with Umbrella, they will sign 100k next month');
    expect(result.intent).toBe('log_visit');
    expect(result.intentAlternatives.map((alternative) => alternative.intent)).not.toContain('record_sale');
  });
});

describe('confidence', () => {
  it('a clear message is read with more confidence than one that could be two things', () => {
    const clear = parseAt('Acme is furious, production is down');
    const torn = parseAt('visited Acme, they are furious about the outage');
    expect(clear.intentConfidence).toBeGreaterThan(0.7);
    expect(torn.intentConfidence).toBeLessThan(clear.intentConfidence);
    expect(torn.intentAlternatives[0]?.intent).toBe(
      torn.intent === 'log_visit' ? 'file_complaint' : 'log_visit',
    );
  });

  it('a command word is read with full confidence', () => {
    expect(parseAt('log visit Acme: met the CTO').intentConfidence).toBeGreaterThanOrEqual(0.95);
  });
});

describe('a customer who says something we delivered is wrong files a complaint', () => {
  it.each([
    'Hooli says the totals on the statement are wrong',
    'Acme noticed dents on two of the cabinets',
    'Globex reports the pallets arrived 4 days late',
    'Initech says the order was 2 boxes short',
    'Soylent says our field tech never showed',
    "Wayne Enterprises isn't satisfied with the training",
    'Umbrella says the portal is hard to use',
    'Massive Dynamic plant down, they blame our firmware',
    '小米 says the invoice 金额 is off',
  ])('%s', (text) => {
    expect(parseAt(text).intent).toBe('file_complaint');
  });

  it('a problem raised at a meeting stays the visit', () => {
    expect(parseAt('met Hooli, they said the statement totals were wrong, will fix by Friday').intent).toBe(
      'log_visit',
    );
  });

  it.each([
    'Acme said the rollout went great',
    'Globex says they can meet on Friday',
    'any complaints from Initech lately?',
  ])('%s is not a complaint', (text) => {
    expect(parseAt(text).intent).not.toBe('file_complaint');
  });
});
