/**
 * Errors are values with a stable code. Callers branch on `code`, never on message text, so messages can be
 * improved without breaking anyone. Each area keeps its codes in one table built with `defineErrors`.
 */
export class MeshloomError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MeshloomError';
    this.code = code;
  }
}

type Formatter = (...args: never[]) => string;

export type ErrorFactory<F extends Formatter> = ((...args: Parameters<F>) => MeshloomError) & {
  readonly code: string;
};

/**
 * Build one area's error table: each entry becomes a factory `(args) => MeshloomError` carrying its code.
 * @example const errors = defineErrors({ MESHLOOM_ERR_EXAMPLE: (n: number) => `bad ${n}` }); throw errors.MESHLOOM_ERR_EXAMPLE(3);
 */
export function defineErrors<T extends Record<string, Formatter>>(table: T): { [K in keyof T]: ErrorFactory<T[K]> } {
  const out: Record<string, unknown> = {};
  for (const [code, format] of Object.entries(table)) {
    const factory = (...args: never[]) => new MeshloomError(code, format(...args));
    out[code] = Object.assign(factory, { code });
  }
  return out as { [K in keyof T]: ErrorFactory<T[K]> };
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
