import type { CampaignForm, FormField, Problem, ValueInput } from '../../shared/api/types';

/** One field of a form: an indicator in one disaggregation («» — the school as a whole). */
export function fieldKey(field: Pick<FormField, 'indicatorId' | 'disaggregation'>): string {
  return `${field.indicatorId}|${field.disaggregation ?? ''}`;
}

export interface FieldValues {
  number?: number | null;
  flag?: boolean | null;
  text?: string | null;
  comment?: string | null;
}

export type Values = Record<string, FieldValues>;

export type ValueProp = 'number' | 'flag' | 'text';

export function valuePropOf(field: Pick<FormField, 'valueType'>): ValueProp {
  return field.valueType === 'BOOLEAN' ? 'flag' : field.valueType === 'TEXT' ? 'text' : 'number';
}

export function allFields(form: CampaignForm): FormField[] {
  return form.groups.flatMap((group) => group.fields);
}

/** The values a school types: every field except the computed shares. */
export function valuesOf(form: CampaignForm): Values {
  const values: Values = {};
  for (const field of allFields(form)) {
    if (field.computed) continue;
    values[fieldKey(field)] = {
      number: field.number ?? null,
      flag: field.flag ?? null,
      text: field.text ?? '',
      comment: field.comment ?? '',
    };
  }
  return values;
}

function normalised(value: number | boolean | string | null | undefined): number | boolean | string | null {
  if (value == null) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  return value;
}

export function sameValues(field: FormField, left: FieldValues | undefined, right: FieldValues | undefined): boolean {
  const prop = valuePropOf(field);
  return normalised(left?.[prop]) === normalised(right?.[prop]) && normalised(left?.comment) === normalised(right?.comment);
}

export interface Change {
  field: FormField;
  input: ValueInput;
}

/** The fields whose value or comment differ from the loaded form, as the server takes them, each with its version. */
export function changesOf(form: CampaignForm, current: Values | undefined, baseline: Values): Change[] {
  const changes: Change[] = [];
  for (const field of allFields(form)) {
    if (field.computed || field.status === 'ACCEPTED') continue;
    const key = fieldKey(field);
    const mine = current?.[key];
    if (!mine || sameValues(field, mine, baseline[key])) continue;
    const input: ValueInput = { indicatorId: field.indicatorId };
    if (field.disaggregation) input.disaggregation = field.disaggregation;
    const value = normalised(mine[valuePropOf(field)]);
    // An empty value with no number, flag or text deletes the stored one.
    if (value != null) {
      if (field.valueType === 'BOOLEAN') input.flag = value as boolean;
      else if (field.valueType === 'TEXT') input.text = value as string;
      else input.number = value as number;
    }
    const comment = normalised(mine.comment);
    if (comment != null) input.comment = comment as string;
    if (field.version != null) input.version = field.version;
    changes.push({ field, input });
  }
  return changes;
}

export type FieldName = ['v', string, ValueProp | 'comment'];

export interface FieldErrorTarget {
  name: FieldName;
  errors: string[];
}

export interface MappedFormErrors {
  fields: FieldErrorTarget[];
  unmatched: string[];
}

function collect(): { add: (name: FieldName, message: string) => void; result: FieldErrorTarget[] } {
  const byName = new Map<string, FieldErrorTarget>();
  return {
    add(name, message) {
      const id = JSON.stringify(name);
      const entry = byName.get(id) ?? { name, errors: [] };
      if (!entry.errors.includes(message)) entry.errors.push(message);
      byName.set(id, entry);
    },
    get result() {
      return [...byName.values()];
    },
  };
}

/**
 * Errors of a save name the sent list: `values[1].comment` is the comment of the second changed field.
 * Errors of a submission name form fields: `fields[CODE]` or `fields[CODE:GRADE=4;SUBJECT=MATH]`.
 * Both end up under the input they are about; what names no field is shown above the form.
 */
export function mapFormErrors(problem: Problem | undefined, form: CampaignForm, sent: Change[] = []): MappedFormErrors {
  const target = collect();
  const unmatched: string[] = [];
  const fields = allFields(form);
  for (const { field: path, message } of problem?.errors ?? []) {
    const value = /values\[(\d+)\](?:\.(\w+))?$/.exec(path ?? '');
    const named = /fields\[([^:\]]+)(?::([^\]]*))?\]$/.exec(path ?? '');
    let field: FormField | undefined;
    let prop: string | undefined;
    if (value) {
      field = sent[Number(value[1])]?.field;
      prop = value[2];
    } else if (named) {
      field = fields.find((f) => f.code === named[1] && (f.disaggregation ?? '') === (named[2] ?? ''));
    }
    if (!field || field.computed) {
      unmatched.push(message);
      continue;
    }
    const where: FieldName[2] = prop === 'comment' ? 'comment' : valuePropOf(field);
    target.add(['v', fieldKey(field), where], message);
  }
  return { fields: target.result, unmatched };
}
