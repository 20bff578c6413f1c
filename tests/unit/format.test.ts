import { describe, expect, it } from 'vitest';
import { formatKm2, formatQuantity, formatSquareMetres } from '../../src/i18n/format';

describe('number and unit formats', () => {
  it('keeps the source unit in Chinese and converts in English', () => {
    expect(formatQuantity(30.4, '万平方米', 'zh')).toBe('30.4万平方米');
    expect(formatQuantity(30.4, '万平方米', 'en')).toBe('304,000 m²');
    expect(formatQuantity(12907.1, '亿元', 'zh')).toBe('12,907.1亿元');
    expect(formatQuantity(12907.1, '亿元', 'en')).toBe('CNY 1,290.71 billion');
    expect(formatQuantity(1.3, '万套', 'en')).toBe('13,000 homes');
    expect(formatQuantity(6, '%', 'en')).toBe('6%');
    expect(formatQuantity(7900, '个', 'en')).toBe('7,900');
  });

  it('shows an unknown unit as the source writes it', () => {
    expect(formatQuantity(3, '批', 'en')).toBe('3 批');
  });

  it('formats m² and km²', () => {
    expect(formatSquareMetres(304000, 'en')).toBe('304,000 m²');
    expect(formatSquareMetres(304000, 'zh')).toBe('30.4万平方米');
    expect(formatKm2(430.62, 'en')).toBe('430.6 km²');
    expect(formatKm2(430.62, 'zh')).toBe('430.6平方公里');
  });
});
