/** The columns an import understands; every other column is reported as ignored. */
export const importFields = [
  'name',
  'aliases',
  'region',
  'industry',
  'size',
  'grade',
  'owner',
  'contact',
  'title',
  'phone',
  'email',
  'birthday',
  'sales',
  'sales_date',
  'arrears',
  'arrears_due',
] as const;
export type ImportField = (typeof importFields)[number];

/** One data row's cells by field, as text; a field the file does not have is absent. */
export type ImportCells = Partial<Record<ImportField, string>>;
