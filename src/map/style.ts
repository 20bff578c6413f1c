/**
 * The map style's public face: ids of sources and layers, and the composition of the layer modules in
 * ./layers (one module per concern, ordered by named slots). No URL in the offline style points off the
 * machine; text uses local fonts (no `glyphs`). Online basemaps add their tile sources only when chosen.
 */
import { DISTRICT_LAYER, DISTRICT_SOURCE } from './layers/districts';
import { DISTRICT_LABEL_LAYER, DISTRICT_LABEL_SOURCE } from './layers/labels';
import { METRO_LAYER, METRO_SOURCE } from './layers/metro';
import { PROJECT_LAYER, PROJECT_SOURCE } from './layers/projects';
import { BACKGROUND_LAYER } from './layers/background';
import { PROXIMITY_LAYER, PROXIMITY_SOURCE } from './layers/proximity';

export { buildStyle } from './layers/index';
export { LABEL_LAYERS } from './layers/labels';
export {
  CLUSTER_LAYERS,
  PROJECT_LAYER_BASE_FILTERS,
  PROJECT_LAYERS,
  TILE_LAYERS,
  withProjectFilter,
} from './layers/projects';
export { type StyleOptions } from './layers/common';

export const SOURCE = {
  districts: DISTRICT_SOURCE,
  labels: DISTRICT_LABEL_SOURCE,
  metro: METRO_SOURCE.lines,
  stations: METRO_SOURCE.stations,
  projects: PROJECT_SOURCE.points,
  projectLines: PROJECT_SOURCE.lines,
  stacks: PROJECT_SOURCE.stacks,
  projectTiles: PROJECT_SOURCE.tiles,
  proximity: PROXIMITY_SOURCE,
} as const;

export const LAYER = {
  background: BACKGROUND_LAYER,
  districtFill: DISTRICT_LAYER.fill,
  districtLine: DISTRICT_LAYER.line,
  districtLabel: DISTRICT_LABEL_LAYER,
  metro: METRO_LAYER.line,

  projectLine: PROJECT_LAYER.line,
  projectLineHit: PROJECT_LAYER.lineHit,
  projectTownHalo: PROJECT_LAYER.townHalo,
  projectApprox: PROJECT_LAYER.approx,
  projectPoint: PROJECT_LAYER.point,
  projectLabel: PROJECT_LAYER.label,
  stackBadge: PROJECT_LAYER.stackBadge,
  stackCount: PROJECT_LAYER.stackCount,
  approxCount: PROJECT_LAYER.approxCount,
  cluster: PROJECT_LAYER.cluster,
  clusterCount: PROJECT_LAYER.clusterCount,
  stationLabel: METRO_LAYER.stationLabel,
  lineLabel: METRO_LAYER.lineLabel,
  station: METRO_LAYER.station,
  proximityFill: PROXIMITY_LAYER.fill,
  proximityLine: PROXIMITY_LAYER.line,
} as const;
