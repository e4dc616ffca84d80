import { t } from '../src/i18n/t.ts';
import type { Card } from './card.ts';
import { complaintSection, type HomeView } from './home.ts';

export interface MyComplaintsView extends Pick<HomeView, 'locale' | 'timeZone' | 'now'> {
  complaints: NonNullable<HomeView['complaints']>;
}

/** 我的未结客诉: the home card's complaint section on its own, for Feishu's bot menu. */
export function myComplaintsCard(view: MyComplaintsView): Card {
  return {
    key: 'my_complaints',
    tone: view.complaints.items.some((c) => c.dueAt < view.now) ? 'warning' : 'info',
    title: t(view.locale, 'home.myOpenComplaints'),
    sections: [complaintSection(view, view.complaints)],
    buttons: [],
  };
}
