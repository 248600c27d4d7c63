import { describe, expect, it } from 'vitest';
import { i18n } from './i18n';
import { en } from './locales/en';
import { ru } from './locales/ru';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`.replace(PLURAL_SUFFIX, '')],
  );
}

describe('translations', () => {
  it('has an English text for every Russian key and no strays', () => {
    expect(new Set(keysOf(en))).toEqual(new Set(keysOf(ru)));
  });

  it('uses Russian plural forms', () => {
    const total = (count: number) => i18n.t('schools.total', { count, lng: 'ru' });
    expect(total(1)).toBe('Всего: 1 школа');
    expect(total(21)).toBe('Всего: 21 школа');
    expect(total(3)).toBe('Всего: 3 школы');
    expect(total(42)).toBe('Всего: 42 школы');
    expect(total(5)).toBe('Всего: 5 школ');
    expect(total(11)).toBe('Всего: 11 школ');
    expect(total(0)).toBe('Всего: 0 школ');
    expect(total(1234).replace(/\s/g, ' ')).toBe('Всего: 1 234 школы');
  });

  it('agrees the verb with the number of overdue reports', () => {
    const overdue = (count: number) => i18n.t('roadmaps.overdueReports', { count, lng: 'ru' });
    expect(overdue(1)).toBe('1 отчёт не сдан в срок');
    expect(overdue(2)).toBe('2 отчёта не сданы в срок');
    expect(overdue(6)).toBe('6 отчётов не сдано в срок');
  });

  it('speaks Russian by default and English on request', () => {
    expect(i18n.language).toBe('ru');
    expect(i18n.t('schools.total', { count: 2, lng: 'en' })).toBe('Total: 2 schools');
  });
});
