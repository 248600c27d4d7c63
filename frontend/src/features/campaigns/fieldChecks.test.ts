import { describe, expect, it } from 'vitest';
import type { FieldCheck } from '../../shared/api/types';
import { breaks, needsComment } from './fieldChecks';

const check = (kind: FieldCheck['kind'], extra: Partial<FieldCheck> = {}): FieldCheck => ({ kind, message: kind, field: null, ...extra });
const none = () => null;

describe('the server’s field checks, applied while typing', () => {
  it('ranges, whole numbers and decimals', () => {
    expect(breaks(check('MAX', { limit: 100 }), 140, none)).toBe(true);
    expect(breaks(check('MAX', { limit: 100 }), 100, none)).toBe(false);
    expect(breaks(check('MIN', { limit: 0 }), -1, none)).toBe(true);
    expect(breaks(check('INTEGER'), 10.5, none)).toBe(true);
    expect(breaks(check('INTEGER'), 10, none)).toBe(false);
    expect(breaks(check('DECIMALS', { limit: 4 }), 33.12345, none)).toBe(true);
    expect(breaks(check('DECIMALS', { limit: 4 }), 33.1234, none)).toBe(false);
    expect(breaks(check('DECIMALS', { limit: 4 }), 1e-7, none)).toBe(true);
  });

  it('a numerator within the denominator the user has typed', () => {
    const numerator = check('NOT_GREATER_THAN', { field: { indicatorId: 7, disaggregation: '' } });
    const typed = (total: number | null) => (name: unknown) => (JSON.stringify(name) === JSON.stringify(['v', '7|', 'number']) ? total : null);
    expect(breaks(numerator, 45, typed(40))).toBe(true);
    expect(breaks(numerator, 40, typed(40))).toBe(false);
    expect(breaks(numerator, 45, typed(null))).toBe(false);
  });

  it('a comment on a move larger than allowed from last period', () => {
    const change = check('COMMENT_ON_CHANGE', { limit: 25, base: 40 });
    expect(needsComment(change, 90, '')).toBe(true);
    expect(needsComment(change, 90, '  ')).toBe(true);
    expect(needsComment(change, 90, 'новая методика')).toBe(false);
    expect(needsComment(change, 65, '')).toBe(false);
    expect(needsComment(change, null, '')).toBe(false);
  });
});
