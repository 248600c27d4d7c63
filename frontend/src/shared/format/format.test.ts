import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMeasure, formatNumber } from './format';

describe('Russian formatting', () => {
  it('writes dates as dd.MM.yyyy without shifting date-only values', () => {
    expect(formatDate('2020-10-13')).toBe('13.10.2020');
    expect(formatDate('2021-01-01')).toBe('01.01.2021');
    expect(formatDate(undefined)).toBe('');
  });

  it('writes date-times with the day first', () => {
    expect(formatDateTime(new Date(2024, 2, 1, 8, 5))).toBe('01.03.2024, 08:05');
  });

  it('groups thousands the Russian way', () => {
    expect(formatNumber(1234567).replace(/\s/g, ' ')).toBe('1 234 567');
    expect(formatNumber(42)).toBe('42');
  });

  it('writes indicator values with a decimal comma and their unit', () => {
    expect(formatMeasure(40, '%')).toBe('40 %');
    expect(formatMeasure(12.3456, 'балл')).toBe('12,3456 балл');
    expect(formatMeasure(0, null)).toBe('0');
    expect(formatMeasure(null, '%')).toBe('');
  });
});
