import type { Db } from '../../src/db/client.ts';
import { toActor } from '../../src/db/people.ts';
import type { Actor } from '../../src/domain/people.ts';

/** The demo person with this name as the core sees them. */
export async function actorNamed(db: Db, name: string): Promise<Actor> {
  return toActor(await db.person.findFirstOrThrow({ where: { name } }));
}

/** A UTF-8 CSV as Excel saves it: with a byte order mark and CRLF line ends. */
export function csvFile(fileName: string, lines: string[]): { fileName: string; bytes: Uint8Array } {
  const text = `\uFEFF${lines.join('\r\n')}\r\n`;
  return { fileName, bytes: new TextEncoder().encode(text) };
}

/** Everything the CRM holds that an import writes, to compare before and after. */
export async function countRows(db: Db) {
  const [customers, contacts, aliases, sales, audit] = await Promise.all([
    db.customer.count(),
    db.contact.count(),
    db.customerAlias.count(),
    db.sale.count(),
    db.auditLog.count(),
  ]);
  return { customers, contacts, aliases, sales, audit };
}
