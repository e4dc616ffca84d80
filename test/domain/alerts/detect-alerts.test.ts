import { describe, expect, it } from 'vitest';
import { detectAlerts } from '../../../src/domain/alerts/detect-alerts.ts';

const kinds = (text: string) => detectAlerts(text).map((f) => f.kind);

describe('visit alerts by rules', () => {
  it.each([
    ['竞品上个月发布了新产品，功能和我们很像', ['competitor_product']],
    ['客户说友商降价了 20%，还给了更长的账期', ['competitor_pricing']],
    ['竞争对手派了驻场团队，提供免费实施', ['competitor_sales']],
    ['我们的系统上周宕机了两次，客户很生气', ['product_problem']],
    ['Their competitor launched a new product last week', ['competitor_product']],
    ['The rival cut prices by 15% for renewals', ['competitor_pricing']],
    ['Salesforce is running a sales campaign with free implementation', ['competitor_sales']],
    ['They hit a serious bug that caused data loss in production', ['product_problem']],
    ['No new product from competitors, but they cut prices by 20%', ['competitor_pricing']],
    ['競爭對手推出了新版本', ['competitor_product']],
  ])('finds %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    '竞品没有新动作，价格也没变',
    '竞争对手暂无新产品',
    '客户对价格很满意，下周二跟进',
    'Competitors did not launch anything new',
    'No price change from the competition',
    'We launched the new version to the customer; they like it',
    'Discussed the discount on our renewal',
  ])('stays quiet on %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('quotes the sentence that triggered the alert', () => {
    expect(detectAlerts('拜访顺利。友商降价 30%，客户在犹豫。')[0]?.excerpt).toBe('友商降价 30%，客户在犹豫');
  });
});
