import type { Card } from './card.ts';
import { complaintSection, type HomeView } from './home.ts';
import { pick } from './text.ts';

export interface MyComplaintsView extends Pick<HomeView, 'locale' | 'timeZone' | 'now'> {
  complaints: NonNullable<HomeView['complaints']>;
}

/** 我的未结客诉: the home card's complaint section on its own, for Feishu's bot menu. */
export function myComplaintsCard(view: MyComplaintsView): Card {
  return {
    key: 'my_complaints',
    tone: view.complaints.items.some((c) => c.dueAt < view.now) ? 'warning' : 'info',
    title: pick(view.locale, '我的未结客诉', 'My open complaints'),
    sections: [complaintSection(view, view.complaints)],
    buttons: [],
  };
}
