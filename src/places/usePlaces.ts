import { useMemo } from 'react';
import { useAppData, useMetroStations } from '../data/queries';
import { buildPlaces, type Place } from './places';

/** Stations and areas as places to search (the stations load after the first view, or at once for a search in the link; until then, areas only). */
export function usePlaces(): Place[] {
  const data = useAppData().data;
  const stations = useMetroStations(!!data).data?.features;
  return useMemo(() => buildPlaces(stations ?? [], data?.areas ?? []), [stations, data]);
}
