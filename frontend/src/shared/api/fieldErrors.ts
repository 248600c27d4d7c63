import type { Problem } from './types';

export type FieldPath = (string | number)[];

export interface FormFieldError {
  name: FieldPath;
  errors: string[];
}

export interface MappedProblem {
  fields: FormFieldError[];
  /** Messages that name no field of this form (or no field at all); show them above the form. */
  unmatched: string[];
}

function segmentsOf(field: string): string[] {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((segment) => segment.length > 0);
}

function endsWith(segments: string[], tail: string[]): boolean {
  if (tail.length > segments.length) return false;
  const offset = segments.length - tail.length;
  return tail.every((segment, index) => segments[offset + index] === segment);
}

/**
 * Maps problem+json `errors[]` onto form fields. Servers name fields by property paths that may carry
 * a method/parameter prefix (`updateSchool.body.studentsCount`) or an element index (`levels[0]`),
 * so the longest known field path found at the end of the server path wins; an element error is
 * shown on its list field.
 */
export function problemToFieldErrors(problem: Problem | undefined, formFields: FieldPath[]): MappedProblem {
  const byField = new Map<string, FormFieldError>();
  const unmatched: string[] = [];
  const known = formFields.map((path) => path.map(String));

  for (const { field, message } of problem?.errors ?? []) {
    let segments = segmentsOf(field ?? '');
    if (segments.length > 0 && /^\d+$/.test(segments[segments.length - 1])) {
      const withoutIndex = segments.slice(0, -1);
      if (known.some((path) => endsWith(withoutIndex, path))) segments = withoutIndex;
    }
    const match = known
      .filter((path) => endsWith(segments, path))
      .sort((left, right) => right.length - left.length)[0];
    if (!match) {
      unmatched.push(message);
      continue;
    }
    const key = match.join('.');
    const entry = byField.get(key) ?? { name: formFields[known.indexOf(match)], errors: [] };
    if (!entry.errors.includes(message)) entry.errors.push(message);
    byField.set(key, entry);
  }
  return { fields: [...byField.values()], unmatched };
}
