import { describe, expect, it } from 'vitest';
import { cardText, createTestBot } from '../helpers/bot.ts';

// Issue 12: small talk is answered briefly in the language written, never with the help card.
describe('small talk', () => {
  it.each([
    ['zhang', '谢谢', '不客气'],
    ['zhang', '謝謝你', '不客氣'],
    ['tom', 'thanks!', "You're welcome"],
    ['zhang', '今天天气怎么样', '天气我看不了'],
    ['tom', 'good morning', 'Hi!'],
  ])('%s says %s and gets one short line', async (who, text, expected) => {
    const { say } = await createTestBot();
    const reply = await say(who, text);
    expect(reply.cards).toHaveLength(1);
    const shown = cardText(reply.cards[0]!);
    expect(shown).toContain(expected);
    expect(shown.length).toBeLessThan(80);
    expect(shown).not.toMatch(/能做什么|What chatcrm can do|没看懂|didn't understand/);
  });

  it('a list of follow-ups asked in plain words gets the list, not the help card', async () => {
    const { say } = await createTestBot();
    const shown = cardText((await say('zhang', '我今天有哪些待跟进的客户')).cards[0]!);
    expect(shown).not.toMatch(/能做什么|没看懂/);
  });
});
