import type { Button, Card } from '../../../cards/card.ts';

const toneMark = { info: 'ℹ', success: '✔', warning: '!', danger: '✖' } as const;

/**
 * Draws a card as plain text. Buttons are numbered from `firstNumber` so that several cards in one
 * reply share one numbering; the person types the number to press the button.
 */
export function renderCardText(card: Card, firstNumber: number): { text: string; buttons: Button[] } {
  const lines = [`┌─ ${toneMark[card.tone]} ${card.title}`];
  for (const section of card.sections) {
    if (section.text)
      lines.push(
        ...section.text
          .replace(/\*\*(.+?)\*\*/g, '$1')
          .split('\n')
          .map((line) => `│ ${line}`),
      );
    for (const field of section.fields ?? []) lines.push(`│ ${field.label}: ${field.value}`);
  }
  card.buttons.forEach((button, index) => {
    lines.push(`│ [${firstNumber + index}] ${button.label}${button.inputs ? ' …' : ''}`);
  });
  if (card.footer) lines.push(`│ ${card.footer}`);
  lines.push('└─');
  return { text: lines.join('\n'), buttons: card.buttons };
}
