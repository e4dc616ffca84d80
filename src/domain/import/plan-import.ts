import { normalizeName } from '../customers/normalize-name.ts';
import { matchAssignmentRule } from '../ownership/match-assignment-rule.ts';
import { applyImportRow, createTarget, type ImportTarget } from './apply-import-row.ts';
import { createImportIndex, type MatchKeys } from './create-import-index.ts';
import { type ImportLookup, toPersonKey } from './import-lookup.ts';
import type { RejectReason, RowChanges, RowOutcome } from './import-report.ts';
import type { ImportRow, ReadRow } from './read-import-row.ts';

/** One data row ready to plan: read and validated, with its name's matching key and places. */
export interface PlannedRow {
  row: number;
  /** The name cell as written, for the report; null when blank. */
  name: string | null;
  /** The owner cell, checked even on an invalid row so that every reason is reported at once. */
  owner: string | null;
  read: ReadRow;
  key: string;
  regions: string[];
}

export interface ImportPlan {
  outcomes: RowOutcome[];
  /** Customers to create, in file order, and the existing customers that gain something. */
  creates: ImportTarget[];
  updates: ImportTarget[];
  /** New customers the assignment rules gave an owner, who is told once the import is written. */
  assignedByRules: { ownerId: number; customer: string }[];
}

/**
 * Decides, row by row, what an import does: create a customer, add to an existing one (update), fold a
 * repeated row into the customer of an earlier one (merge), nothing (unchanged) or refuse it with the
 * reasons (reject). A row means an existing customer or an earlier row when its name's key, its contact
 * phone or its email match; when they point at different customers the row is refused, not guessed.
 * Pure: `lookup` holds everything it needs from the CRM.
 */
export function planImport(
  rows: PlannedRow[],
  lookup: ImportLookup,
  options: { importDay: string },
): ImportPlan {
  const index = createImportIndex(lookup);
  const outcomes: RowOutcome[] = [];
  const creates: ImportTarget[] = [];
  const context = { importDay: options.importDay, aliasKey: normalizeName };
  const namedPlaces = new Map<ImportTarget, string[]>();
  for (const source of rows) {
    const owners = source.owner === null ? [] : (lookup.people.get(toPersonKey(source.owner)) ?? []);
    const reasons = checkRow(source, owners.length);
    if (source.read.kind === 'invalid' || reasons.length > 0) {
      outcomes.push({ kind: 'reject', row: source.row, name: source.name, reasons });
      continue;
    }
    const row = source.read.row;
    const keys = matchKeys(source, row);
    const candidates = index.find(keys);
    const targets = [...new Set(candidates.map((candidate) => candidate.target))];
    if (targets.length > 1) {
      const code = candidates.every((candidate) => candidate.by === 'name')
        ? 'customer_ambiguous'
        : 'conflicting_match';
      const names = targets.map((target) => target.name);
      outcomes.push({ kind: 'reject', row: source.row, name: source.name, reasons: [{ code, names }] });
      continue;
    }
    const matched = targets[0];
    const target = matched ?? createTarget({ row: source.row, key: source.key, name: row.name });
    const earlierRow = matched && matched.firstRow !== -1 ? matched.firstRow : null;
    if (target.firstRow === -1) target.firstRow = source.row;
    const changes = applyImportRow(target, row, owners[0] ?? null, context);
    index.remember(target, keys);
    if (!matched) {
      creates.push(target);
      namedPlaces.set(target, source.regions);
    }
    const outcome = toOutcome(source.row, row.name, target, earlierRow, candidates[0]?.by ?? 'name', changes);
    outcomes.push(row.notes.length > 0 ? { ...outcome, notes: row.notes } : outcome);
  }
  const assignedByRules = assignByRules(creates, outcomes, lookup.assignmentRules, namedPlaces);
  const updates = index.existingTargets().filter(hasWrites);
  return { outcomes, creates, updates, assignedByRules };
}

/**
 * A new customer without an owner in the file gets one from the assignment rules, as 新增客户 does;
 * its region, when the file leaves it blank, is read from the registered name (深圳市… → 深圳). After
 * all rows, so a later row of the same customer can still add the region or grade a rule looks at.
 */
function assignByRules(
  creates: ImportTarget[],
  outcomes: RowOutcome[],
  rules: ImportLookup['assignmentRules'],
  namedPlaces: Map<ImportTarget, string[]>,
): ImportPlan['assignedByRules'] {
  const assigned: ImportPlan['assignedByRules'] = [];
  const created = new Map<number, Extract<RowOutcome, { kind: 'create' }>>();
  for (const outcome of outcomes) if (outcome.kind === 'create') created.set(outcome.row, outcome);
  for (const target of creates) {
    const { values } = target;
    values.region ??= namedPlaces.get(target)?.[0] ?? null;
    const outcome = created.get(target.firstRow)!;
    if (values.ownerId !== null) {
      outcome.owner = { name: values.owner!, byRule: false };
      continue;
    }
    const rule = matchAssignmentRule(rules, values);
    if (!rule) continue;
    values.ownerId = rule.ownerId;
    values.owner = rule.owner;
    outcome.owner = { name: rule.owner, byRule: true };
    assigned.push({ ownerId: rule.ownerId, customer: target.name });
  }
  return assigned;
}

function checkRow(source: PlannedRow, owners: number): RejectReason[] {
  const reasons: RejectReason[] = source.read.kind === 'invalid' ? [...source.read.reasons] : [];
  if (source.owner !== null && owners !== 1) {
    reasons.push({ code: owners === 0 ? 'owner_unknown' : 'owner_ambiguous', owner: source.owner });
  }
  return reasons;
}

function matchKeys(source: PlannedRow, row: ImportRow): MatchKeys {
  return {
    key: source.key,
    regions: source.regions,
    phone: row.keys.phone,
    email: row.keys.email,
  };
}

function toOutcome(
  row: number,
  name: string,
  target: ImportTarget,
  earlierRow: number | null,
  matchedBy: 'name' | 'phone' | 'email',
  changes: RowChanges,
): Exclude<RowOutcome, { kind: 'reject' }> {
  if (target.firstRow === row && target.existingId === null)
    return { kind: 'create', row, name, owner: null };
  if (earlierRow !== null) return { kind: 'merge', row, name, intoRow: earlierRow, matchedBy, changes };
  const customer = { name, customer: target.name, customerId: target.existingId!, matchedBy, changes };
  const changed =
    changes.filled.length +
    changes.contactsAdded +
    changes.contactsUpdated +
    changes.aliasesAdded +
    changes.salesAdded +
    changes.arrearsAdded;
  return changed > 0 ? { kind: 'update', row, ...customer } : { kind: 'unchanged', row, ...customer };
}

function hasWrites(target: ImportTarget): boolean {
  return (
    target.filled.size > 0 ||
    target.newAliases.length > 0 ||
    target.newSales.length > 0 ||
    target.newArrears.length > 0 ||
    target.contacts.some((contact) => contact.id === null || Object.keys(contact.filled).length > 0)
  );
}
