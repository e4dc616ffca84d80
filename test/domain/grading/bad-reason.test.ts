import { describe, expect, it } from 'vitest';
import { classifyBadNote, decodeBadReason, encodeBadReason } from '../../../src/domain/grading/bad-reason.ts';

describe('bad-customer reasons', () => {
  it.each([
    ['长期欠款', 'arrears'],
    ['拖欠货款一年多', 'arrears'],
    ['never pays', 'arrears'],
    ['owes us for three invoices', 'arrears'],
    ['态度恶劣，多次爽约', 'manual'],
    ['rude to our staff', 'manual'],
  ] as const)('a note "%s" is a %s flag', (note, reason) => {
    expect(classifyBadNote(note)).toBe(reason);
  });

  it('keeps the reason and the note together and reads them back', () => {
    expect(decodeBadReason(encodeBadReason('arrears', '长期欠款'))).toEqual({
      reason: 'arrears',
      note: '长期欠款',
    });
    expect(decodeBadReason(encodeBadReason('no_business', null))).toEqual({
      reason: 'no_business',
      note: null,
    });
    expect(decodeBadReason('typed by hand')).toEqual({ reason: 'manual', note: 'typed by hand' });
    expect(decodeBadReason(null)).toBeNull();
  });
});
