import type { FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError, errorKind, type ErrorKind } from '../api/errors';
import { problemToFieldErrors, type FieldPath } from '../api/fieldErrors';

export interface ServerFormError {
  kind: ErrorKind;
  /** Server messages that belong to no field of the form (or the problem's detail). */
  messages: string[];
}

/**
 * Puts a failed save onto the form: field errors from problem+json go under their fields, everything
 * else becomes one alert. The form's values are never touched, so nothing the user typed is lost.
 */
export function useServerErrors(form: FormInstance, fieldPaths: FieldPath[]) {
  const [serverError, setServerError] = useState<ServerFormError | null>(null);

  const showError = (error: unknown) => {
    const kind = errorKind(error);
    const problem = error instanceof ApiError ? error.problem : undefined;
    // A 409 may name the field it is about too (a taken code): it goes under that field like a 422.
    if (kind === 'validation' || (kind === 'conflict' && (problem?.errors?.length ?? 0) > 0)) {
      const mapped = problemToFieldErrors(problem, fieldPaths);
      form.setFields(mapped.fields);
      const messages = mapped.unmatched.length > 0 || mapped.fields.length > 0 ? mapped.unmatched : [problem?.detail ?? problem?.title ?? ''];
      setServerError({ kind, messages: messages.filter(Boolean) });
      return;
    }
    setServerError({ kind, messages: [problem?.detail ?? problem?.title ?? ''].filter(Boolean) });
  };

  return { serverError, showError, clearServerError: () => setServerError(null) };
}
