import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/core/parse/parse-message.ts';
import { fixedNow, timeZone } from '../helpers/bot.ts';

describe('an answer to an import preview is read as a column mapping', () => {
  it.each([
    ['导入 映射 对接人=联系人', [{ header: '对接人', field: 'contact' }], []],
    [
      '導入映射 對接人=聯絡人 備註=忽略',
      [
        { header: '對接人', field: 'contact' },
        { header: '備註', field: null },
      ],
      [],
    ],
    ['@bot 导入映射：KP＝电话', [{ header: 'KP', field: 'phone' }], []],
    [
      'import map 对接人=contact, Notes=ignore',
      [
        { header: '对接人', field: 'contact' },
        { header: 'Notes', field: null },
      ],
      [],
    ],
    ['Import mapping "Key Person"=contact', [{ header: 'Key Person', field: 'contact' }], []],
    ['导入 映射 对接人=宠物', [], ['对接人=宠物']],
    ['导入 映射', [], []],
  ])('%s', (text, mappings, bad) => {
    expect(parseMessage(text, { now: fixedNow, timeZone }).command).toEqual({
      intent: 'import_map',
      mappings,
      bad,
    });
  });

  it.each(['导入客户', 'import customers from the list', '映射'])('%s is not a mapping', (text) => {
    expect(parseMessage(text, { now: fixedNow, timeZone }).intent).not.toBe('import_map');
  });
});
