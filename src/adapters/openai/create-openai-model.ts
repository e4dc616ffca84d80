import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import {
  dataOnlyRule,
  type ExtractRequest,
  type LanguageModel,
  type ModelAnswer,
  type ModelFailure,
  quoteAsData,
  type WriteRequest,
} from '../../core/llm/language-model.ts';
import type { Logger } from '../../logger.ts';

export interface OpenAiModelOptions {
  apiKey: string;
  /** Any OpenAI-compatible server: DeepSeek, DashScope, vLLM, Ollama; OpenAI itself when unset. */
  baseUrl?: string;
  model?: string;
  /** Per attempt; a slow model must not hold the work that waits for it. */
  timeoutMs?: number;
  maxRetries?: number;
  /**
   * json_schema where the server enforces it (the default); json_object, with the schema in the prompt,
   * for servers that only promise JSON (DeepSeek, DashScope). Set by OPENAI_JSON_MODE, never guessed.
   */
  structuredOutput?: 'json_schema' | 'json_object';
  logger: Logger;
}

/** OpenAI's own; for any other server (OPENAI_BASE_URL) the configuration requires OPENAI_MODEL. */
export const defaultModel = 'gpt-4o-mini';

/** The language model over the openai SDK; every failure comes back as a value, never thrown. */
export function createOpenAiModel(options: OpenAiModelOptions): LanguageModel {
  const name = options.model ?? defaultModel;
  const client = new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseUrl ? { baseURL: options.baseUrl } : {}),
    timeout: options.timeoutMs ?? 20_000,
    maxRetries: options.maxRetries ?? 1,
  });
  const mode = options.structuredOutput ?? 'json_schema';
  const log = options.logger.child({ model: name });

  async function extract<T>(request: ExtractRequest<T>): Promise<ModelAnswer<T>> {
    try {
      const format =
        mode === 'json_schema'
          ? zodResponseFormat(request.schema as z.ZodType, request.schemaName)
          : ({ type: 'json_object' } as const);
      const schemaHint =
        mode === 'json_object'
          ? `\nAnswer with one json object matching this JSON schema:\n${JSON.stringify(z.toJSONSchema(request.schema as z.ZodType))}`
          : '';
      const completion = await client.chat.completions.create({
        model: name,
        messages: [
          { role: 'system', content: `${request.instructions}\n${dataOnlyRule}${schemaHint}` },
          { role: 'user', content: quoteAsData(request.text) },
        ],
        response_format: format,
        max_tokens: 2000,
        temperature: 0,
      });
      const message = completion.choices[0]?.message;
      if (message?.refusal) return failed(log, 'refusal', message.refusal);
      if (completion.choices[0]?.finish_reason === 'content_filter')
        return failed(log, 'refusal', 'content_filter');
      if (!message?.content) return failed(log, 'invalid', 'empty answer');
      let json: unknown;
      try {
        json = JSON.parse(message.content);
      } catch {
        return failed(log, 'invalid', 'not JSON');
      }
      const parsed = request.schema.safeParse(json);
      if (!parsed.success) return failed(log, 'invalid', z.prettifyError(parsed.error).slice(0, 500));
      return { kind: 'ok', value: parsed.data, model: completion.model || name };
    } catch (error) {
      return failed(log, classify(error), error instanceof Error ? error.message : String(error));
    }
  }

  async function write(request: WriteRequest): Promise<ModelAnswer<string>> {
    try {
      const completion = await client.chat.completions.create({
        model: name,
        messages: [
          { role: 'system', content: `${request.instructions}\n${dataOnlyRule}` },
          { role: 'user', content: quoteAsData(request.text) },
        ],
        max_tokens: 800,
        temperature: 0.3,
      });
      const message = completion.choices[0]?.message;
      if (message?.refusal) return failed(log, 'refusal', message.refusal);
      const text = message?.content?.trim() ?? '';
      if (text === '') return failed(log, 'invalid', 'empty answer');
      return { kind: 'ok', value: text.slice(0, request.maxChars), model: completion.model || name };
    } catch (error) {
      return failed(log, classify(error), error instanceof Error ? error.message : String(error));
    }
  }

  return { name, extract, write };
}

function classify(error: unknown): ModelFailure {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return 'timeout';
  return 'error';
}

function failed(
  log: Logger,
  reason: ModelFailure,
  detail: string,
): { kind: 'failed'; reason: ModelFailure; detail: string } {
  log.warn({ reason, detail }, 'language model gave no usable answer: using the rules');
  return { kind: 'failed', reason, detail };
}

/** The configured model, or none (rules and templates only) when OPENAI_API_KEY is unset. */
export function createLanguageModel(
  config: { apiKey?: string; baseUrl?: string; model?: string; jsonMode: 'json_schema' | 'json_object' },
  logger: Logger,
): LanguageModel | undefined {
  if (!config.apiKey) return undefined;
  const model = createOpenAiModel({
    apiKey: config.apiKey,
    ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}),
    ...(config.model ? { model: config.model } : {}),
    structuredOutput: config.jsonMode,
    logger,
  });
  logger.info(
    { model: model.name, baseUrl: config.baseUrl ?? 'https://api.openai.com/v1', jsonMode: config.jsonMode },
    'language model configured',
  );
  return model;
}
