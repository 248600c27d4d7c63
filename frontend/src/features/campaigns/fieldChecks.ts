import type { Rule } from 'antd/es/form';
import type { FieldCheck, FormField } from '../../shared/api/types';
import { fieldKey, type FieldName } from './formValues';

/**
 * The server's rules of a form field, as the form delivered them (FormField.checks), applied while the user types.
 * Nothing here decides what the rules are: each check names its kind, its limit and the message the server would
 * answer with; the server checks them all again on save and submission.
 */

function decimals(value: number): number {
  const text = String(value);
  if (text.includes('e-')) return Number(text.split('e-')[1]);
  return text.includes('.') ? text.split('.')[1].length : 0;
}

/** Whether a typed number breaks the check; `other` reads another field's current number. */
export function breaks(check: FieldCheck, value: number, other: (field: FieldName) => number | null | undefined): boolean {
  switch (check.kind) {
    case 'INTEGER':
      return !Number.isInteger(value);
    case 'DECIMALS':
      return check.limit != null && decimals(value) > check.limit;
    case 'MIN':
      return check.limit != null && value < check.limit;
    case 'MAX':
      return check.limit != null && value > check.limit;
    case 'NOT_GREATER_THAN': {
      const limit = check.field ? other(otherField(check.field)) : null;
      return limit != null && value > limit;
    }
    default:
      return false;
  }
}

/** Whether a comment is missing that a large change to `value` needs. */
export function needsComment(check: FieldCheck, value: number | null | undefined, comment: string | null | undefined): boolean {
  return (
    check.kind === 'COMMENT_ON_CHANGE' &&
    value != null &&
    check.base != null &&
    check.limit != null &&
    Math.abs(value - check.base) > check.limit &&
    (comment ?? '').trim() === ''
  );
}

function otherField(ref: NonNullable<FieldCheck['field']>): FieldName {
  return ['v', fieldKey({ indicatorId: ref.indicatorId, disaggregation: ref.disaggregation }), 'number'];
}

function checksOf(field: FormField): FieldCheck[] {
  return field.checks ?? [];
}

/** The fields whose value a field's checks compare with: antd re-validates the field when they change. */
export function numberDependencies(field: FormField): FieldName[] {
  return checksOf(field)
    .filter((check) => check.kind === 'NOT_GREATER_THAN' && check.field)
    .map((check) => otherField(check.field!));
}

/** antd rules for the field's number: the first broken check's message. */
export function numberRules(field: FormField): Rule[] {
  const checks = checksOf(field).filter((check) => check.kind !== 'COMMENT_ON_CHANGE');
  if (checks.length === 0) return [];
  return [
    ({ getFieldValue }) => ({
      validator: (_, value: number | null | undefined) => {
        if (value == null) return Promise.resolve();
        const broken = checks.find((check) => breaks(check, value, (name) => getFieldValue(name) as number | null | undefined));
        return broken ? Promise.reject(new Error(broken.message)) : Promise.resolve();
      },
    }),
  ];
}

/** antd rules for the field's comment: required when the number changed more than the indicator allows. */
export function commentRules(field: FormField): Rule[] {
  const checks = checksOf(field).filter((check) => check.kind === 'COMMENT_ON_CHANGE');
  if (checks.length === 0) return [];
  const number: FieldName = ['v', fieldKey(field), 'number'];
  return [
    ({ getFieldValue }) => ({
      validator: (_, comment: string | null | undefined) => {
        const value = getFieldValue(number) as number | null | undefined;
        const broken = checks.find((check) => needsComment(check, value, comment));
        return broken ? Promise.reject(new Error(broken.message)) : Promise.resolve();
      },
    }),
  ];
}
