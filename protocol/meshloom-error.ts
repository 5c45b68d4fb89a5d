/**
 * Errors are values with a stable code. Callers branch on `code`, never on message text, so messages can be
 * improved without breaking anyone. Each area keeps its codes in one table built with `defineErrors`, in
 * fastify's createError shape: code, message and, for errors an HTTP client can see, the status beside them.
 * Every table adds its codes to `ErrorCodes`, so `code` is a union of the known codes and a code that is in no
 * table does not compile.
 */

/**
 * The known codes: each area's errors.ts adds its own with
 * `declare module '.../meshloom-error.ts' { interface ErrorCodes extends CodesOf<typeof table> {} }`.
 * @public (merged into by those declarations, which knip does not count as uses)
 */
export interface ErrorCodes extends CodesOf<typeof commonErrors> {}

export type ErrorCode = keyof ErrorCodes;

export class MeshloomError extends Error {
  readonly code: ErrorCode;
  /** The HTTP status an API answers with; undefined for errors no HTTP client sees (500 if one does). */
  readonly statusCode: number | undefined;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; statusCode?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MeshloomError';
    this.code = code;
    this.statusCode = options?.statusCode;
  }
}

type Formatter = (...args: never[]) => string;

/** An error a web client can be answered with: its HTTP status beside its message. */
interface HttpErrorSpec<F extends Formatter> {
  status: number;
  message: F;
}

type Spec = Formatter | HttpErrorSpec<Formatter>;
type FormatterOf<S> = S extends HttpErrorSpec<infer F> ? F : S extends Formatter ? S : never;

export type ErrorFactory<F extends Formatter, C extends string = ErrorCode> = ((...args: Parameters<F>) => MeshloomError) & {
  readonly code: C;
  readonly status: number | undefined;
};

/** The codes of a table, for `ErrorCodes`. */
export type CodesOf<T> = { readonly [K in keyof T]: true };

/** An error with an HTTP status, for a table entry. */
export function withStatus<F extends Formatter>(status: number, message: F): HttpErrorSpec<F> {
  return { status, message };
}

/**
 * Build one area's error table: each entry becomes a factory `(args) => MeshloomError` carrying its code and
 * status.
 * @example const errors = defineErrors({ MESHLOOM_ERR_EXAMPLE: (n: number) => `bad ${n}` }); throw errors.MESHLOOM_ERR_EXAMPLE(3);
 */
export function defineErrors<T extends Record<`MESHLOOM_ERR_${string}`, Spec>>(table: T): { [K in keyof T & string]: ErrorFactory<FormatterOf<T[K]>, K> } {
  const out: Record<string, unknown> = {};
  for (const [code, spec] of Object.entries(table) as [ErrorCode, Spec][]) {
    const format = typeof spec === 'function' ? spec : spec.message;
    const status = typeof spec === 'function' ? undefined : spec.status;
    const factory = (...args: never[]) => new MeshloomError(code, format(...args), status === undefined ? undefined : { statusCode: status });
    out[code] = Object.assign(factory, { code, status });
  }
  return out as { [K in keyof T & string]: ErrorFactory<FormatterOf<T[K]>, K> };
}

/** Errors any layer may raise. */
export const commonErrors = defineErrors({
  MESHLOOM_ERR_USAGE: (detail: string) => detail,
  MESHLOOM_ERR_UNEXPECTED: (detail: string) => detail,
  MESHLOOM_ERR_INTERNAL: withStatus(500, () => 'internal error; see the gateway log'),
});

/** Anything thrown, as one of ours: a MeshloomError stays itself, anything else is MESHLOOM_ERR_UNEXPECTED. */
export function asMeshloomError(err: unknown): MeshloomError {
  if (err instanceof MeshloomError) return err;
  const unexpected = commonErrors.MESHLOOM_ERR_UNEXPECTED(errorMessage(err));
  return new MeshloomError(unexpected.code, unexpected.message, { cause: err });
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
