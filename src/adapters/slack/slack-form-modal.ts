import type { FormFieldRule } from '../../core/check-form-values.ts';
import { type Locale, localeOfText } from '../../domain/people.ts';
import { t } from '../../i18n/t.ts';
import { checkPayload } from '../http/check-payload.ts';
import { parseJsonObject } from '../http/parse-json-object.ts';
import { cut, type SlackBlock } from './render-blocks.ts';
import type { FormField, SlackButtonValue } from './slack-button-value.ts';
import type { SlackOrigin } from './slack-inbound.ts';
import { slackFormMetadataSchema } from './slack-payload-schemas.ts';

export const formCallbackId = 'chatcrm.form';
const maxMetadata = 3000;
const modalTitle = 24;

/** Where the form's button was pressed, carried through the modal in private_metadata. */
export interface FormContext {
  channel: string;
  threadTs?: string;
  origin: SlackOrigin;
}

interface Metadata {
  a: string;
  p: Record<string, string | number>;
  /** id, kind, required, value omitted */
  f: [string, FormField['k'], 0 | 1, 0 | 1][];
  l: Locale;
  c: string;
  th?: string;
  t?: string;
  e?: 1;
  u?: string;
}

/** The modal for a button with inputs: one input block per field, the action in private_metadata. */
export function buildFormModal(button: { label: string; value: SlackButtonValue }, context: FormContext) {
  const fields = button.value.f ?? [];
  // Buttons rendered before the reply carried its locale have none: read it from their words.
  const locale: Locale = button.value.l ?? localeOfText(button.label + fields.map((f) => f.l).join(''), 'en');
  const metadata: Metadata = {
    a: button.value.a,
    p: button.value.p,
    f: fields.map((field) => [field.i, field.k, field.r ? 1 : 0, field.o ? 1 : 0]),
    l: locale,
    c: context.channel,
    ...(context.threadTs ? { th: context.threadTs } : {}),
    ...(context.origin.ts ? { t: context.origin.ts } : {}),
    ...(context.origin.ephemeral ? { e: 1 as const } : {}),
    ...(context.origin.responseUrl ? { u: context.origin.responseUrl } : {}),
  };
  let privateMetadata = JSON.stringify(metadata);
  // The response_url only helps to replace an ephemeral message; it is the first thing to go.
  if (privateMetadata.length > maxMetadata) privateMetadata = JSON.stringify({ ...metadata, u: undefined });
  const zh = locale !== 'en';
  return {
    type: 'modal' as const,
    callback_id: formCallbackId,
    title: { type: 'plain_text' as const, text: cut(button.label, modalTitle) },
    submit: { type: 'plain_text' as const, text: t(locale, 'slackFormModal.submit') },
    close: { type: 'plain_text' as const, text: t(locale, 'slackFormModal.cancel') },
    private_metadata: privateMetadata,
    blocks: fields.map((field) => inputBlock(field, zh)),
  };
}

function inputBlock(field: FormField, zh: boolean): SlackBlock {
  if (field.k === 'select') return selectBlock(field);
  const keepHint = zh ? '内容较长，留空则保持不变' : 'Long text: leave empty to keep it as it is';
  const placeholder = field.o
    ? keepHint
    : (field.h ?? (field.k === 'date' ? '2026-12-10 / 下周三 / next Wednesday' : ''));
  return {
    type: 'input',
    block_id: field.i,
    optional: !field.r || field.o === 1,
    label: { type: 'plain_text', text: cut(field.l, 2000) },
    element: {
      type: 'plain_text_input',
      action_id: 'value',
      multiline: field.k === 'textarea',
      max_length: 3000,
      ...(field.v ? { initial_value: field.v.slice(0, 3000) } : {}),
      ...(placeholder ? { placeholder: { type: 'plain_text', text: cut(placeholder, 150) } } : {}),
    },
  };
}

function selectBlock(field: FormField): SlackBlock {
  const options = (field.s ?? []).slice(0, 100).map(([value, label]) => ({
    text: { type: 'plain_text', text: cut(label, 75) },
    value: value.slice(0, 150),
  }));
  const initial = options.find((option) => option.value === field.v);
  return {
    type: 'input',
    block_id: field.i,
    optional: !field.r,
    label: { type: 'plain_text', text: cut(field.l, 2000) },
    element: {
      type: 'static_select',
      action_id: 'value',
      options,
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

export interface FormSubmission {
  action: string;
  payload: Record<string, string | number>;
  values: Record<string, string>;
  fields: FormFieldRule[];
  locale: Locale;
  channel: string;
  threadTs?: string;
  origin: SlackOrigin;
}

/**
 * Reads a view_submission of our form; null for a view that is not ours, or whose private_metadata is
 * not what buildFormModal wrote (Slack returns it as it was given, so that is a forged submission).
 */
export function readFormSubmission(view: {
  callback_id?: string | null;
  private_metadata?: string | null;
  state?: {
    values?: Record<
      string,
      Record<string, { value?: string | null; selected_option?: { value?: string | null } | null }>
    > | null;
  } | null;
}): FormSubmission | null {
  if (view.callback_id !== formCallbackId || !view.private_metadata) return null;
  const parsed = parseJsonObject(view.private_metadata);
  const checked = parsed && checkPayload(slackFormMetadataSchema, parsed, 'view.private_metadata');
  if (!checked?.ok) return null;
  const metadata = checked.value;
  const values: Record<string, string> = {};
  for (const [id, , , omitted] of metadata.f) {
    const state = view.state?.values?.[id]?.value;
    const value = state?.value ?? state?.selected_option?.value ?? '';
    // A value too long to pre-fill that was left empty keeps what is stored: the action gets no value.
    if (omitted && value.trim() === '') continue;
    values[id] = value;
  }
  return {
    action: metadata.a,
    payload: metadata.p,
    values,
    fields: metadata.f.map(([id, kind, required, omitted]) => ({
      id,
      kind,
      required: required === 1 && omitted === 0,
    })),
    locale: metadata.l,
    channel: metadata.c,
    ...(metadata.th ? { threadTs: metadata.th } : {}),
    origin: {
      ...(metadata.t ? { ts: metadata.t } : {}),
      ephemeral: metadata.e === 1,
      ...(metadata.u ? { responseUrl: metadata.u } : {}),
    },
  };
}
