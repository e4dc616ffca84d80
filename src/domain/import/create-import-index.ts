import { placesAgree } from '../customers/duplicates.ts';
import { parseCompanyName } from '../customers/parse-company-name.ts';
import { createTarget, type ImportTarget } from './apply-import-row.ts';
import type { ImportLookup } from './import-lookup.ts';
import type { MatchedBy } from './import-report.ts';

export interface MatchKeys {
  key: string;
  regions: string[];
  phone: string | null;
  email: string | null;
}

export interface ImportIndex {
  /** Every customer, existing or planned by an earlier row, that the keys point at, and by what. */
  find(keys: MatchKeys): { target: ImportTarget; by: MatchedBy }[];
  /** Makes later rows with these keys find `target`. */
  remember(target: ImportTarget, keys: MatchKeys): void;
  /** The existing customers some accepted row writes to. */
  existingTargets(): ImportTarget[];
}

/**
 * What rows are matched against: the CRM's customers (from the lookup) and the customers planned by
 * earlier rows of the file, by name key, contact phone and email. An existing customer becomes a
 * target the first time a row points at it; its firstRow stays -1 until a row is applied to it, so a
 * refused row does not count as having touched it.
 */
export function createImportIndex(lookup: ImportLookup): ImportIndex {
  const existing = new Map<number, ImportTarget>();
  const byKey = new Map<string, ImportTarget[]>();
  const byPhone = new Map<string, ImportTarget>();
  const byEmail = new Map<string, ImportTarget>();
  const peopleById = new Map([...lookup.people.values()].flat().map((person) => [person.id, person.name]));
  const existingTarget = (id: number): ImportTarget => {
    let target = existing.get(id);
    if (!target) {
      const customer = lookup.customers.get(id)!;
      const owner =
        customer.ownerId === null ? null : (peopleById.get(customer.ownerId) ?? `#${customer.ownerId}`);
      target = createTarget(
        { row: -1, key: customer.normalizedName, name: customer.name },
        { customer, owner },
      );
      existing.set(id, target);
    }
    return target;
  };

  return {
    find(keys) {
      const found: { target: ImportTarget; by: MatchedBy }[] = [];
      const add = (by: MatchedBy, targets: (ImportTarget | undefined)[]) => {
        for (const target of targets) if (target) found.push({ target, by });
      };
      // 青岛啤酒 and 重庆啤酒 share the key 啤酒; the places in their names tell them apart.
      const samePlace = (name: string) => placesAgree(keys.regions, parseCompanyName(name).regions);
      add(
        'name',
        (byKey.get(keys.key) ?? []).filter((target) => samePlace(target.name)),
      );
      const named = (lookup.byName.get(keys.key) ?? []).filter((id) =>
        samePlace(lookup.customers.get(id)!.name),
      );
      add('name', [...named, ...(lookup.byAlias.get(keys.key) ?? [])].map(existingTarget));
      if (keys.phone) {
        add('phone', [
          byPhone.get(keys.phone),
          ...(lookup.byPhone.get(keys.phone) ?? []).map(existingTarget),
        ]);
      }
      if (keys.email) {
        add('email', [
          byEmail.get(keys.email),
          ...(lookup.byEmail.get(keys.email) ?? []).map(existingTarget),
        ]);
      }
      return found;
    },
    remember(target, keys) {
      const sameKey = byKey.get(keys.key) ?? [];
      if (!sameKey.includes(target)) byKey.set(keys.key, [...sameKey, target]);
      if (keys.phone) byPhone.set(keys.phone, target);
      if (keys.email) byEmail.set(keys.email, target);
    },
    existingTargets: () => [...existing.values()].filter((target) => target.firstRow !== -1),
  };
}
