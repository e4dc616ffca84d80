import type { CatalogueFor } from './catalogue.ts';
import type { zhHans } from './zh-hans.ts';

/** Every user-visible text in English, by the ids of zh-hans.ts. */
export const en: CatalogueFor<typeof zhHans> = {
  'error.unexpected.title': 'Sorry, something went wrong with that message',
  'error.unexpected.text':
    'Nothing was saved. Please try again; if it keeps failing, give your admin the reference {ref}.',
  'feishu.card.truncated': '… (too long, cut short)',
  'feishu.menu.unknown.title': 'That menu item does nothing yet',
  'feishu.menu.unknown.text':
    'Please ask your admin to check the bot menu settings. Send "help" to see what I can do.',
  'feishu.toast.done': 'Done',
  'feishu.toast.updated': 'Updated',
  'feishu.toast.private': 'Sent to you in a direct message',
  'feishu.toast.working': 'Working on it: the card updates shortly',
  'feishu.toast.duplicate': 'That was handled already',
  'feishu.toast.notYours': 'Only the person who sent it can confirm it',
  'feishu.toast.unknown': 'Unknown button',
  'slack.showMore': 'Show more',
};
