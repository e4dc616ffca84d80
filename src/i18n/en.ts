import type { CatalogueFor } from './catalogue.ts';
import type { zhHans } from './zh-hans.ts';

/** Every user-visible text in English, by the ids of zh-hans.ts. */
export const en: CatalogueFor<typeof zhHans> = {
  'error.unexpected.title': 'Sorry, something went wrong with that message',
  'error.unexpected.text':
    'Nothing was saved. Please try again; if it keeps failing, give your admin the reference {ref}.',
};
