import type { Card, Tone } from './card.ts';

/** A plain message: an error, an apology, a confirmation that needs no buttons. */
export function noticeCard(view: { tone: Tone; title: string; text?: string; footer?: string }): Card {
  return {
    tone: view.tone,
    title: view.title,
    sections: view.text ? [{ text: view.text }] : [],
    buttons: [],
    ...(view.footer ? { footer: view.footer } : {}),
  };
}
