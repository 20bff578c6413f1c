import { describe, expect, it } from 'vitest';
import { numbersInText, parseChineseNumeral, textWritesNumber } from '../../src/data/numerals';

describe('Chinese numeral parser', () => {
  const table: [string, number | undefined][] = [
    ['三', 3],
    ['两', 2],
    ['六', 6],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['四十五', 45],
    ['一百', 100],
    ['百', 100],
    ['千', 1000],
    ['一千零五', 1005],
    ['一千二百', 1200],
    ['三千零二十', 3020],
    ['万', 10000],
    ['两万五千', 25000],
    ['三十万', 300000],
    ['千万', 1e7],
    ['亿', 1e8],
    ['千亿', 1e11],
    ['一亿二千万', 1.2e8],
    ['万亿', 1e12],
    ['4.8万', 48000],
    ['12.1', 12.1],
    ['1.2万亿', 1.2e12],
    ['三分之一', 1 / 3],
    ['四分之一', 0.25],
    ['一半', 0.5],
    ['半数', 0.5],
    ['〇', 0],
    // not numbers
    ['', undefined],
    ['三五', undefined],
    ['百千', undefined],
    ['千千', undefined],
    ['大', undefined],
    ['12.1万平方米', undefined],
  ];
  it.each(table)('reads %j as %s', (text, value) => {
    const got = parseChineseNumeral(text);
    if (value === undefined) expect(got).toBeUndefined();
    else expect(got).toBeCloseTo(value, 9);
  });
});

describe('numbers in a sentence', () => {
  it('reads whole tokens, not substrings', () => {
    expect(numbersInText('总建筑面积12.1万平方米').map((n) => n.value)).toEqual([121000, 12.1]);
    expect(textWritesNumber('总建筑面积12.1万平方米', 2.1)).toBe(false);
    expect(textWritesNumber('总建筑面积12.1万平方米', 12.1)).toBe(true);
    expect(textWritesNumber('地上7.9万平方米', 9)).toBe(false);
    expect(textWritesNumber('地上7.9万平方米', 7.9)).toBe(true);
    expect(textWritesNumber('入驻了41所高校', 4)).toBe(false);
    expect(textWritesNumber('入驻了41所高校', 41)).toBe(true);
  });

  it('reads Chinese numerals in the sentences the data quotes', () => {
    expect(textWritesNumber('三大千亿级产业集群', 3)).toBe(true);
    expect(textWritesNumber('三大千亿级产业集群', 1000)).toBe(true); // 千 with unit 亿元
    expect(textWritesNumber('伙同三年供应产业用地卓越千亩', 1000)).toBe(true);
    expect(textWritesNumber('全市商品住宅成交量前十名中昌平占三席', 3)).toBe(true);
    expect(textWritesNumber('全市商品住宅成交量前十名中昌平占三席', 10)).toBe(true);
    expect(textWritesNumber('年降税超千万元', 1000)).toBe(true); // 千 with unit 万元
    expect(textWritesNumber('占全市近一半', 0.5)).toBe(true);
    expect(textWritesNumber('占全市科幻企业总数近三分之一', 1 / 3)).toBe(true);
    expect(textWritesNumber('占全市科幻企业总数近三分之一', 3)).toBe(false);
    expect(textWritesNumber('同一了北京首个国度实验室', 2)).toBe(false);
  });

  it('reads thousands commas as one number', () => {
    expect(textWritesNumber('产业收入1,800亿元', 1800)).toBe(true);
    expect(textWritesNumber('产业收入1,800亿元', 800)).toBe(false);
  });
});
