import { useMemo } from 'react';
import { useAppData, useMetroStations } from '../data/queries';
import { buildPlaces, type Place } from './places';

/** Stations and areas as places to search (the metro is loaded with the map; until then, areas only). */
export function usePlaces(): Place[] {
  const data = useAppData().data;
  const stations = useMetroStations(!!data).data?.features;
  return useMemo(() => buildPlaces(stations ?? [], data?.areas ?? []), [stations, data]);
}
