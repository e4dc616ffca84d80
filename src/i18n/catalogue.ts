/**
 * The shape every locale's table has. zh-Hans (zh-hans.ts) is the source of truth: its ids are the
 * message ids, and its `{name}` placeholders (or its function's parameter) are the message's
 * parameters; en and zh-Hant must have every id, and a text may be a function where grammar needs one
 * (English plurals). A test checks that each locale uses the same placeholders.
 */
export type MessageText = string | ((params: never) => string);

/** `'{customer} 已记录 {count} 次'` → `'customer' | 'count'`. */
type PlaceholderNames<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholderNames<Rest>
  : never;

/** The parameters a message takes: a function's argument, or its placeholders by name. */
export type ParamsOf<M> = M extends (params: infer P) => string
  ? P
  : M extends string
    ? [PlaceholderNames<M>] extends [never]
      ? never
      : Record<PlaceholderNames<M>, string | number>
    : never;

/** Another locale's table for `Source`: the same ids, the same parameters. */
export type CatalogueFor<Source> = {
  readonly [K in keyof Source]: string | ((params: ParamsOf<Source[K]>) => string);
};
