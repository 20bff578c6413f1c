/**
 * Synthetic projects for the benchmark (`SYNTHETIC_PROJECTS=<n> npm run build`): n made-up records spread
 * over Beijing's districts, covering every sector, status and precision, with names search can find
 * ("合成 中关村 科技园 123号" / "Synthetic Zhongguancun Science Park 123"). Each is a valid seed (checked with
 * the seed schema) and each point lies inside its district (rejection sampling with turf's
 * booleanPointInPolygon over the district's bounding box). They carry a made-up source, so the quote checks
 * do not apply to them. Deterministic: the same n gives the same records. Never committed: the build writes
 * them to public/data/ only, with a marker file saying so.
 */
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import {
  DISTRICT_CODES,
  PRECISIONS,
  SECTORS,
  STATUSES,
  projectSeedSchema,
  type ProjectSeed,
} from '../../src/data/schema';
import type { DistrictFeature } from './assemble';
import { DataBuildError } from './errors';

export const SYNTHETIC_FILE = '(synthetic)';
/** Written beside the data files of a synthetic build; the next build ignores that output's totals. */
export const SYNTHETIC_MARKER = 'SYNTHETIC';

/** mulberry32: a small, well-known deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Place words with their pinyin-friendly English, so "zhongguancun", "中关村" and "Zhongguancun" all find some. */
const PLACES: [string, string][] = [
  ['中关村', 'Zhongguancun'],
  ['回龙观', 'Huilongguan'],
  ['望京', 'Wangjing'],
  ['亦庄', 'Yizhuang'],
  ['西二旗', 'Xierqi'],
  ['丽泽', 'Lize'],
  ['怀柔', 'Huairou'],
  ['未来', 'Weilai'],
  ['金盏', 'Jinzhan'],
  ['永丰', 'Yongfeng'],
];
const KINDS: Record<(typeof SECTORS)[number], [string, string]> = {
  industrial_park: ['产业园', 'Industrial Park'],
  research: ['实验室', 'Laboratory'],
  education: ['学校', 'School'],
  healthcare: ['医院', 'Hospital'],
  elderly_care: ['养老中心', 'Elderly Care Centre'],
  childcare: ['托育中心', 'Childcare Centre'],
  transit: ['交通枢纽', 'Transit Hub'],
  green_space: ['公园', 'Park'],
  culture_sports: ['体育馆', 'Sports Centre'],
  commerce: ['商业中心', 'Shopping Centre'],
  housing_renewal: ['街区更新', 'Neighbourhood Renewal'],
  governance: ['服务中心', 'Service Centre'],
};

export function syntheticSeeds(n: number, districts: readonly DistrictFeature[], seed = 12): ProjectSeed[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const byCode = new Map(districts.map((d) => [d.properties.code, d]));
  const boxes = new Map(districts.map((d) => [d.properties.code, bbox(d)]));
  const out: ProjectSeed[] = [];
  for (let i = 0; i < n; i++) {
    // Cycle through sectors, statuses and precisions so every value occurs whatever n is (n ≥ 12).
    const sector = SECTORS[i % SECTORS.length]!;
    const status = STATUSES[Math.floor(i / SECTORS.length) % STATUSES.length]!;
    const precision = PRECISIONS[i % PRECISIONS.length]!;
    const district = pick(DISTRICT_CODES);
    const poly = byCode.get(district)!;
    const [x0, y0, x1, y1] = boxes.get(district)!;
    let pos: Position;
    do pos = [round5(x0 + rand() * (x1 - x0)), round5(y0 + rand() * (y1 - y0))];
    while (!booleanPointInPolygon(pos, poly));
    const [placeZh, placeEn] = pick(PLACES);
    const [kindZh, kindEn] = KINDS[sector];
    const no = i + 1;
    const seedRecord: ProjectSeed = {
      id: `synthetic-${no}`,
      name_zh: `合成${placeZh}${kindZh}${no}号`,
      name_en: `Synthetic ${placeEn} ${kindEn} ${no}`,
      sector,
      district,
      status,
      status_year: 2025,
      summary_zh: `基准测试用的合成项目，位于${placeZh}一带。`,
      summary_en: `A synthetic project for the benchmark, near ${placeEn}.`,
      address_zh: `${placeZh}${no}号`,
      address_en: `No. ${no}, ${placeEn}`,
      location: {
        type: 'point',
        coordinates: pos as [number, number],
        precision,
        basis: `Synthetic point in the district, named after ${placeEn} (${placeZh})`,
        basis_zh: `合成点位，取名${placeZh}`,
      },
      figures:
        i % 3 === 0
          ? [{ kind: 'floor_area_total', value: round2(1 + rand() * 50), unit: '万平方米', qualifier: '约' }]
          : [],
      industries_zh: ['合成'],
      industries_en: ['synthetic'],
      sources: [{ doc: '000_6b3f0682e1da955a.txt', quote: `合成项目${no}：基准测试数据，并非来自文件。` }],
    };
    // The same seed schema as real records (it is cheap next to the rest; a bad generator fails loudly).
    const parsed = projectSeedSchema.safeParse(seedRecord);
    if (!parsed.success)
      throw new DataBuildError(
        parsed.error.issues.map((iss) => ({
          file: SYNTHETIC_FILE,
          record: seedRecord.id,
          field: iss.path.join('.') || '(record)',
          message: iss.message,
        })),
      );
    out.push(parsed.data);
  }
  return out;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/** SYNTHETIC_PROJECTS from the environment: a whole number ≥ 0 (0 or unset: the real build). */
export function syntheticCount(env: NodeJS.ProcessEnv = process.env): number {
  const v = env.SYNTHETIC_PROJECTS;
  if (!v) return 0;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 2_000_000)
    throw new Error(`SYNTHETIC_PROJECTS must be a whole number from 0 to 2000000, not "${v}"`);
  return n;
}
