import { useMemo } from 'react';
import { useAppData } from '../data/queries';
import { useChoropleth, useSectors } from '../state/store';
import { computeChoropleth, type Choropleth } from './choropleth';

/** The choropleth being shown (values, classes, each district's class), or null when none is chosen. */
export function useChoroplethData(): Choropleth | null {
  const measure = useChoropleth();
  const sectors = useSectors();
  const data = useAppData().data;
  return useMemo(() => {
    if (!measure || !data) return null;
    return computeChoropleth(
      data.projects.features.map((f) => f.properties),
      data.areas,
      measure,
      sectors,
    );
  }, [measure, data, sectors]);
}
