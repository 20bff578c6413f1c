/** Beijing's 16 districts: GB/T 2260 code, names, and official land area (km², Beijing Statistical Yearbook). */
export const DISTRICTS = [
  { code: '110101', name_zh: '东城区', name_en: 'Dongcheng', official_km2: 41.84 },
  { code: '110102', name_zh: '西城区', name_en: 'Xicheng', official_km2: 50.7 },
  { code: '110105', name_zh: '朝阳区', name_en: 'Chaoyang', official_km2: 470.8 },
  { code: '110106', name_zh: '丰台区', name_en: 'Fengtai', official_km2: 305.8 },
  { code: '110107', name_zh: '石景山区', name_en: 'Shijingshan', official_km2: 84.32 },
  { code: '110108', name_zh: '海淀区', name_en: 'Haidian', official_km2: 430.77 },
  { code: '110109', name_zh: '门头沟区', name_en: 'Mentougou', official_km2: 1447.85 },
  { code: '110111', name_zh: '房山区', name_en: 'Fangshan', official_km2: 1989.54 },
  { code: '110112', name_zh: '通州区', name_en: 'Tongzhou', official_km2: 906.28 },
  { code: '110113', name_zh: '顺义区', name_en: 'Shunyi', official_km2: 1019.89 },
  { code: '110114', name_zh: '昌平区', name_en: 'Changping', official_km2: 1343.54 },
  { code: '110115', name_zh: '大兴区', name_en: 'Daxing', official_km2: 1036.32 },
  { code: '110116', name_zh: '怀柔区', name_en: 'Huairou', official_km2: 2122.62 },
  { code: '110117', name_zh: '平谷区', name_en: 'Pinggu', official_km2: 950.13 },
  { code: '110118', name_zh: '密云区', name_en: 'Miyun', official_km2: 2229.45 },
  { code: '110119', name_zh: '延庆区', name_en: 'Yanqing', official_km2: 1994.89 },
] as const;
