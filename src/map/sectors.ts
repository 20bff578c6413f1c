import type { Sector, Status } from '../data/schema';

/**
 * One colour per sector, from Okabe & Ito's colour-blind-safe palette, completed with Tableau 10/20 and ColorBrewer colours
 * where eight were not enough. tests/unit/palette.test.ts checks that every pair differs by a CIEDE2000
 * distance in normal vision and under simulated deuteranopia and protanopia.
 */
export const SECTOR_COLORS: Record<Sector, string> = {
  industrial_park: '#0072b2', // Okabe–Ito blue
  research: '#b07aa1', // Tableau 10 purple
  education: '#e69f00', // Okabe–Ito orange
  healthcare: '#d62728', // Tableau 20 red
  elderly_care: '#8c564b', // Tableau 20 brown
  childcare: '#c49c94', // Tableau 20 light brown
  transit: '#17becf', // Tableau 20 cyan
  green_space: '#59a14f', // Tableau 10 green
  culture_sports: '#e7298a', // ColorBrewer Dark2 magenta
  commerce: '#d55e00', // Okabe–Ito vermilion
  housing_renewal: '#7f7f7f', // Tableau 20 grey
  governance: '#000000', // Okabe–Ito black
};

/**
 * How status is drawn: how much of a point's disc is filled with its sector colour. Planned is an outline,
 * under construction half-filled (a lighter disc inside a full ring), space on offer mostly filled (built
 * space, offered to tenants), completed and operating filled. A status the sources do not state is drawn
 * as an outline, like planned: nothing says it exists yet.
 */
export const STATUS_FILL: Record<Status, number> = {
  planned: 0,
  not_stated: 0,
  under_construction: 0.45,
  space_on_offer: 0.75,
  completed: 1,
  operating: 1,
};
