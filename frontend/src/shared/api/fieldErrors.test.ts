import { describe, expect, it } from 'vitest';
import type { FieldError, Problem } from './types';
import { problemToFieldErrors, type FieldPath } from './fieldErrors';

const validationProblem = (errors: FieldError[]): Problem => ({ type: 'urn:opora:problem:validation', title: 'Ошибка проверки', status: 422, errors });

const schoolFields: FieldPath[] = [['code'], ['shortName'], ['studentsCount'], ['levels']];
const assignmentFields: FieldPath[] = [['year'], ['document'], ['document', 'number'], ['document', 'date']];

describe('problemToFieldErrors', () => {
  it('puts plain field names under their fields', () => {
    const mapped = problemToFieldErrors(
      validationProblem([{ field: 'studentsCount', message: 'должно быть не меньше 0' }]),
      schoolFields,
    );
    expect(mapped).toEqual({ fields: [{ name: ['studentsCount'], errors: ['должно быть не меньше 0'] }], unmatched: [] });
  });

  it('strips method and parameter prefixes of bean-validation paths', () => {
    const mapped = problemToFieldErrors(
      validationProblem([{ field: 'updateSchool.body.shortName', message: 'не должно быть пустым' }]),
      schoolFields,
    );
    expect(mapped.fields).toEqual([{ name: ['shortName'], errors: ['не должно быть пустым'] }]);
  });

  it('prefers the longest matching nested path', () => {
    const mapped = problemToFieldErrors(
      validationProblem([{ field: 'assignSchoolCategory.input.document.number', message: 'слишком длинный' }]),
      assignmentFields,
    );
    expect(mapped.fields).toEqual([{ name: ['document', 'number'], errors: ['слишком длинный'] }]);
  });

  it('shows an element error on its list field and merges messages of one field', () => {
    const mapped = problemToFieldErrors(
      validationProblem([
          { field: 'levels[1]', message: 'неизвестный уровень' },
          { field: 'levels', message: 'не должно быть пустым' },
          { field: 'levels[2]', message: 'неизвестный уровень' },
        ]),
      schoolFields,
    );
    expect(mapped.fields).toEqual([{ name: ['levels'], errors: ['неизвестный уровень', 'не должно быть пустым'] }]);
  });

  it('keeps messages that name no field of the form apart', () => {
    const mapped = problemToFieldErrors(
      validationProblem([{ field: 'municipalityId', message: 'муниципалитет не найден' }, { field: '', message: 'общая ошибка' }]),
      schoolFields,
    );
    expect(mapped).toEqual({ fields: [], unmatched: ['муниципалитет не найден', 'общая ошибка'] });
  });

  it('does not mistake a field that merely ends like another', () => {
    const mapped = problemToFieldErrors(validationProblem([{ field: 'body.fullCode', message: 'x' }]), [['code']]);
    expect(mapped.unmatched).toEqual(['x']);
  });

  it('copes with a problem without errors', () => {
    expect(problemToFieldErrors({ type: 'urn:opora:problem:conflict', status: 409, title: 'Conflict' }, schoolFields)).toEqual({ fields: [], unmatched: [] });
    expect(problemToFieldErrors(undefined, schoolFields)).toEqual({ fields: [], unmatched: [] });
  });
});
