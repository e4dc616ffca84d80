import type { DateTime } from 'luxon';
import type { CrmCommand } from './crm-command.ts';
import type { NormalizedText } from './normalize-text.ts';
import type { Language, ParseResult } from './parse-result.ts';
import { readDataCommand } from './read-data-command.ts';
import { readImportMapCommand } from './read-import-map-command.ts';
import { readOwnershipCommand } from './read-ownership-command.ts';
import { readReceivableCommand } from './read-receivable-command.ts';
import { readSaleCommand } from './read-sale-command.ts';

/**
 * A customer master-data command, if the whole message is one: sales, ownership and the pool, bad
 * customers, data cleansing. Leading @mentions are skipped; offsets stay aligned between the matching
 * text and what was typed, so names keep the script they were written in.
 */
export function readCrmCommand(text: NormalizedText, wallNow: DateTime): CrmCommand | null {
  const from = /^(?:\s*@\S+)*\s*/.exec(text.match)?.[0].length ?? 0;
  const match = text.match.slice(from).trimEnd();
  const original = text.original.slice(from, from + match.length);
  if (match === '') return null;
  return (
    readImportMapCommand(match, original) ??
    readDataCommand(match, original) ??
    readOwnershipCommand(match, original) ??
    readReceivableCommand(match, original, wallNow) ??
    readSaleCommand(match, original, wallNow)
  );
}

/** The parse result of a command: its intent, the customer it names, and nothing guessed besides. */
export function toCommandResult(command: CrmCommand, language: Language): ParseResult {
  return {
    intent: command.intent,
    customer: 'customer' in command ? command.customer.slice(0, 200) : null,
    contact: null,
    occurredAt: null,
    followUpAt: null,
    summary: null,
    competitor: null,
    complaint: null,
    language,
    followUpHasTime: false,
    followUpUnreadable: false,
    visitKind: null,
    needs: null,
    issues: null,
    nextStep: null,
    range: null,
    followUpRef: null,
    command,
    intentConfidence: 1,
    intentAlternatives: [],
  };
}
