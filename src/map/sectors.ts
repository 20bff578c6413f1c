import type { Sector, Status } from '../data/schema';

/** One colour per sector (colour-blind-safe where possible, checked for contrast against the light basemap). */
export const SECTOR_COLORS: Record<Sector, string> = {
  industrial_park: '#1f5fbf',
  research: '#6a3fb5',
  education: '#e08a00',
  healthcare: '#d7263d',
  elderly_care: '#a0522d',
  childcare: '#e55a9b',
  transit: '#0b8a8a',
  green_space: '#2e8b3a',
  culture_sports: '#b8860b',
  commerce: '#c2410c',
  housing_renewal: '#5b6770',
  governance: '#334155',
};

/** Every status, in the order filters and the legend list them (the same as STATUSES in the schema). */
export const STATUS_ORDER: Status[] = [
  'planned',
  'space_on_offer',
  'under_construction',
  'completed',
  'operating',
  'not_stated',
];
