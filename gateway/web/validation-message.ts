/**
 * A request that breaks the API's schema, said plainly: which field, which rule, the limit. The message is for
 * people reading the API's answers ("note" is too long: at most 200 characters); `field`, `rule` and `limit`
 * let the page say the same in its neighbour's language.
 */
export interface SchemaFailure {
  instancePath?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

export interface PlainFailure {
  field: string;
  rule: string;
  limit?: number;
  message: string;
}

export function plainValidation(failures: readonly SchemaFailure[], context = 'body'): PlainFailure {
  const first = failures[0] ?? {};
  const params = first.params ?? {};
  const path = (first.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
  const named = (params.missingProperty ?? params.additionalProperty) as string | undefined;
  const field = named ?? (path || context);
  const limit = typeof params.limit === 'number' ? params.limit : undefined;
  const rule = first.keyword ?? 'invalid';
  const quoted = `"${field}"`;
  const sentence: Record<string, () => string> = {
    required: () => `${quoted} is missing`,
    additionalProperties: () => `${quoted} is not a field this accepts`,
    maxLength: () => `${quoted} is too long: at most ${limit} characters`,
    minLength: () => (limit === 1 ? `${quoted} is empty` : `${quoted} is too short: at least ${limit} characters`),
    maximum: () => `${quoted} is too large: at most ${limit}`,
    minimum: () => `${quoted} is too small: at least ${limit}`,
    enum: () => `${quoted} must be one of: ${((params.allowedValues as unknown[]) ?? []).join(', ')}`,
    pattern: () => `${quoted} has a character it cannot have (a name cannot contain "@" or start with a space)`,
    type: () => `${quoted} must be ${String(params.type)}`,
    format: () => `${quoted} must be a ${String(params.format)}`,
  };
  const message = sentence[rule]?.() ?? `${quoted} is not valid`;
  return { field, rule, ...(limit === undefined ? {} : { limit }), message };
}
