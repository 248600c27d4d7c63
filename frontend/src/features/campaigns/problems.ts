import { ApiError, errorKind } from '../../shared/api/errors';
import type { ServerFormError } from '../../shared/forms/useServerErrors';

/** A failed action outside a form, for ServerErrorAlert: every message the server gave, field-bound or not. */
export function toServerError(error: unknown): ServerFormError {
  const problem = error instanceof ApiError ? error.problem : undefined;
  const fieldMessages = problem?.errors?.map((e) => e.message) ?? [];
  const messages = fieldMessages.length > 0 ? fieldMessages : [problem?.detail ?? problem?.title ?? ''];
  return { kind: errorKind(error), messages: [...new Set(messages.filter(Boolean))] };
}
