/** The measures the districts can be shaded by (`?choropleth=`). */
export const CHORO_MEASURES = ['projects', 'floor_area', 'density'] as const;
export type ChoroMeasure = (typeof CHORO_MEASURES)[number];
