import { describe, expect, it } from 'vitest';
import { headerRowKey, locateHeaders } from '../../../src/domain/import/locate-headers.ts';
import { readImportRow } from '../../../src/domain/import/read-import-row.ts';

const fieldsOf = (grid: string[][], mappings?: Parameters<typeof locateHeaders>[1]) => {
  const found = locateHeaders(grid, mappings);
  return (
    found && { at: found.headerIndex, columns: found.columns.map((c) => [c.header, c.field, c.mappedBy]) }
  );
};

describe('the header row is found in sheets as people make them', () => {
  it.each([
    [
      'a merged title row above the headers',
      [
        ['华南区客户名单', '华南区客户名单', '华南区客户名单'],
        ['客户名称', '主要联系人', '联系人职务'],
      ],
      {
        at: 1,
        columns: [
          ['客户名称', 'name', null],
          ['主要联系人', 'contact', null],
          ['联系人职务', 'title', null],
        ],
      },
    ],
    [
      'two header rows with the contact columns grouped',
      [
        ['客户名称', '联系人', '联系人', '联系人', '负责人'],
        ['客户名称', '姓名', '职务', '电话', '姓名'],
      ],
      {
        at: 1,
        columns: [
          ['客户名称', 'name', null],
          ['姓名', 'contact', null],
          ['职务', 'title', null],
          ['电话', 'phone', null],
          ['负责人 / 姓名', 'owner', null],
        ],
      },
    ],
    [
      'a column that maps to nothing, and a second column for a field already taken',
      [['客户名称', '备注', '电话', '手机']],
      {
        at: 0,
        columns: [
          ['客户名称', 'name', null],
          ['备注', null, null],
          ['电话', 'phone', null],
          ['手机', null, null],
        ],
      },
    ],
  ])('%s', (_, grid, expected) => {
    expect(fieldsOf(grid)).toEqual(expected);
  });

  it('finds no header row without a customer-name column', () => {
    expect(locateHeaders([['联系人', '电话']])).toBeNull();
  });
});

describe('a mapping decides a column before its wording does', () => {
  const grid = [['户名', 'KP', '电话', '备注']];

  it('a given mapping reads a column nobody could guess, and says which were not in the file', () => {
    const found = locateHeaders(grid, {
      given: [
        { header: '户名', field: 'name' },
        { header: 'kp', field: 'contact' },
        { header: '对接人', field: 'contact' },
      ],
    });
    expect(found?.columns.map((c) => [c.header, c.field, c.mappedBy])).toEqual([
      ['户名', 'name', 'given'],
      ['KP', 'contact', 'given'],
      ['电话', 'phone', null],
      ['备注', null, null],
    ]);
    expect(found?.unmatched).toEqual(['对接人']);
  });

  it('a remembered mapping applies to the same header row only, and a given one overrides it', () => {
    const remembered = new Map([[headerRowKey(grid[0]!), { 户名: 'name' as const, kp: 'contact' as const }]]);
    expect(fieldsOf(grid, { remembered })?.columns.slice(0, 2)).toEqual([
      ['户名', 'name', 'remembered'],
      ['KP', 'contact', 'remembered'],
    ]);
    expect(fieldsOf([['户名', 'KP', '邮箱']], { remembered })).toBeNull();
    expect(
      fieldsOf(grid, { remembered, given: [{ header: 'KP', field: null }] })?.columns.slice(0, 2),
    ).toEqual([
      ['户名', 'name', 'remembered'],
      ['KP', null, 'given'],
    ]);
  });

  it('a mapped column takes its field from a worded one', () => {
    const found = locateHeaders([['客户名称', '电话', '手机号码']], {
      given: [{ header: '手机号码', field: 'phone' }],
    });
    expect(found?.columns.map((c) => c.field)).toEqual(['name', null, 'phone']);
  });
});

describe('a contact is made only from a person’s name', () => {
  const options = { salesInTenThousands: false, phoneRegion: 'CN' as const };

  it.each([
    [{ name: '广州视源', title: '采购经理' }, null, [{ code: 'contact_name_missing' }]],
    [{ name: '广州视源', phone: '020-8888 6666' }, null, [{ code: 'contact_name_missing' }]],
    [{ name: '广州视源' }, null, []],
    [
      { name: '广州视源', contact: '刘强', title: '采购经理', phone: '020-8888 6666' },
      { name: '刘强', title: '采购经理', phone: '+862088886666' },
      [],
    ],
  ])('%j → contact %j, notes %j', (cells, contact, notes) => {
    const read = readImportRow(cells, options);
    if (read.kind !== 'valid') throw new Error('row should be valid');
    expect(read.row.contact === null ? null : read.row.contact).toEqual(
      contact === null ? null : expect.objectContaining(contact),
    );
    expect(read.row.notes).toEqual(notes);
  });

  it('keeps the phone as a key to find the customer by even when no contact is made', () => {
    const read = readImportRow({ name: '华为', phone: '+86 138-0013-8001' }, options);
    expect(read.kind === 'valid' && read.row.keys).toEqual({ phone: '+8613800138001', email: null });
  });
});
