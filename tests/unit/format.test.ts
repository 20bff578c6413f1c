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

describe('qualifiers stay with the value', () => {
  it.each([
    [60, '万平方米', '近', '近60万平方米', 'nearly 600,000 m²'],
    [500, '万平方米', '约', '约500万平方米', 'about 5,000,000 m²'],
    [420, '亿元', '超', '超420亿元', 'over CNY 42 billion'],
    [4.8, '万名', '余', '4.8万余名', 'over 48,000 people'],
    [200, '天', '多', '200多天', 'over 200 days'],
    [60, '个国家和地区', '余', '60余个国家和地区', 'over 60 countries and regions'],
    [9, '分钟', '左右', '9分钟左右', 'about 9 minutes'],
    [4500, '亿元', '以上', '4,500亿元以上', 'at least CNY 450 billion'],
    [5, '个工作日', '以内', '5个工作日以内', 'within 5 working days'],
    [40, '亿美元', '超过', '超过40亿美元', 'over USD 4 billion'],
    [20, '微克/立方米', '+', '20+微克/立方米', '20+ μg/m³'],
    [0.5, '比例', '近', '近一半', 'nearly half'],
    [1 / 3, '比例', '近', '近三分之一', 'nearly a third'],
    [1000, '亩', '超过', '超过1,000亩', 'over 1,000 mu'],
  ] as const)('%s %s %s → %s / %s', (value, unit, q, zh, en) => {
    expect(formatQuantity(value, unit, 'zh', q)).toBe(zh);
    expect(formatQuantity(value, unit, 'en', q)).toBe(en);
  });

  it('gives floor areas their qualifier in m² too', () => {
    expect(formatSquareMetres(600000, 'en', '近')).toBe('nearly 600,000 m²');
    expect(formatSquareMetres(600000, 'zh', '近')).toBe('近60万平方米');
  });
});
