/**
 * One zustand store built from slices. `view` mirrors the URL (see url.ts and useUrlSync);
 * `ui` holds what is not shared: hover, open drawers, map readiness. Components use the small
 * selector hooks at the bottom, never the whole store.
 */
import { create } from 'zustand';
import type { AreaCode, Sector, Status } from '../data/schema';
import type { SortKey } from '../list/sortKeys';
import type { ChoroMeasure } from '../choropleth/measures';
import type { Near } from '../proximity/proximity';
import { EMPTY_URL_STATE, type Camera, type Lang, type OnlineBasemap, type PanelView, type UrlState } from './url';

interface UiState {
  /** A project id from the URL that the data does not have (shown as "not found", then dropped). */
  notFound: string | null;
  hoverProject: string | null;
  hoverDistrict: string | null;
  mapLoaded: boolean;
  /** The map has drawn its data once (its first idle after the data was sent). */
  mapDrawn: boolean;
  /**
   * The projects' vector tiles (large data: the projects file names them): in the style and drawing
   * (`ready`), or their protocol failed to load (`failed`: the GeoJSON source draws every point); null before.
   */
  mapTiles: 'ready' | 'failed' | null;
  /** The map could not start (no WebGL) or broke: the list and panels are all there is. */
  mapFailed: boolean;
  filtersOpen: boolean;
  compareOpen: boolean;
  /** What the pointer or keyboard focus is on, on the map, for the tooltip: projects at a screen point. */
  mapHover: MapPointer | null;
  /** Projects stacked at one position, listed so each can be opened. */
  chooser: MapPointer | null;
  selectedFrom: 'map' | null;
}

interface MapPointer {
  ids: string[];
  /** Screen position within the map container. */
  x: number;
  y: number;
  /** Pointer hovers show a tooltip; keyboard focus does too, and keeps it while focused. */
  via: 'pointer' | 'keyboard';
}

export interface StoreState {
  view: UrlState;
  /** How the last change of `view` reaches the address bar: by the history rule, or as a correction that replaces the entry. */
  viewChange: 'navigate' | 'correct';
  ui: UiState;
  actions: {
    setView: (v: UrlState) => void;
    /** Drops a project id the data does not have: says so, and replaces the URL entry (no new history entry). */
    dropUnknownProject: (id: string) => void;
    dismissNotFound: () => void;
    /** `from: 'map'`: picked on the map, where it is already in view (the camera only keeps it visible). */
    selectProject: (id: string | null, from?: 'map') => void;
    selectDistrict: (code: AreaCode | null) => void;
    closePanel: () => void;
    setLang: (lang: Lang) => void;
    setCamera: (c: Camera) => void;
    toggleSector: (s: Sector) => void;
    toggleStatus: (s: Status) => void;
    toggleArea: (a: AreaCode) => void;
    setArea: (a: AreaCode | null) => void;
    setSort: (s: SortKey) => void;
    setQuery: (q: string) => void;
    clearFilters: () => void;
    setCompare: (codes: AreaCode[]) => void;
    hoverProject: (id: string | null) => void;
    hoverDistrict: (code: string | null) => void;
    setMapLoaded: (v: boolean) => void;
    setMapDrawn: (v: boolean) => void;
    setMapTiles: (v: 'ready' | 'failed' | null) => void;
    setMapFailed: (v: boolean) => void;
    setFiltersOpen: (v: boolean) => void;
    openCompare: (codes: AreaCode[]) => void;
    setBasemap: (b: OnlineBasemap | null) => void;
    setMapHover: (h: MapPointer | null) => void;
    openChooser: (c: MapPointer | null) => void;
    /** Proximity: projects within `m` metres of a point; null removes it. */
    setNear: (n: Near | null) => void;
    setChoropleth: (m: ChoroMeasure | null) => void;
    /** Opens a view that is not a record (the parks, the data page) in the panel. */
    openPanel: (panel: PanelView) => void;
  };
}

const toggle = <T>(list: T[], x: T): T[] => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]);

export const useStore = create<StoreState>()((set) => {
  const view = (f: (v: UrlState) => Partial<UrlState>) =>
    set((s) => ({ view: { ...s.view, ...f(s.view) }, viewChange: 'navigate' }));
  const ui = (patch: Partial<UiState>) => set((s) => ({ ui: { ...s.ui, ...patch } }));
  return {
    view: EMPTY_URL_STATE,
    viewChange: 'navigate',
    ui: {
      notFound: null,
      hoverProject: null,
      hoverDistrict: null,
      mapLoaded: false,
      mapDrawn: false,
      mapTiles: null,
      mapFailed: false,
      filtersOpen: false,
      compareOpen: false,
      mapHover: null,
      chooser: null,
      selectedFrom: null,
    },
    actions: {
      setView: (v) => set((s) => ({ view: v, viewChange: 'navigate', ui: { ...s.ui, compareOpen: false } })),
      dropUnknownProject: (id) =>
        set((s) =>
          s.view.project === id
            ? { view: { ...s.view, project: null }, viewChange: 'correct', ui: { ...s.ui, notFound: id } }
            : {},
        ),
      dismissNotFound: () => ui({ notFound: null }),
      selectProject: (id, from) => {
        ui({ compareOpen: false, chooser: null, notFound: null, selectedFrom: from ?? null });
        view(() => ({ project: id, district: null, compare: [], panel: null }));
      },
      selectDistrict: (code) => {
        view(() => ({ district: code, project: null, compare: [], panel: null }));
        ui({ compareOpen: false, notFound: null });
      },
      closePanel: () => {
        view(() => ({ project: null, district: null, compare: [], panel: null }));
        ui({ compareOpen: false, notFound: null });
      },
      setLang: (lang) => view(() => ({ lang })),
      setCamera: (camera) => view(() => ({ camera })),
      toggleSector: (s) => view((v) => ({ sectors: toggle(v.sectors, s) })),
      toggleStatus: (s) => view((v) => ({ statuses: toggle(v.statuses, s) })),
      toggleArea: (a) => view((v) => ({ areas: toggle(v.areas, a) })),
      setArea: (a) => view(() => ({ areas: a ? [a] : [] })),
      setSort: (sort) => view(() => ({ sort })),
      setQuery: (q) => view(() => ({ q })),
      clearFilters: () => view(() => ({ sectors: [], statuses: [], areas: [], q: '', near: null })),
      setCompare: (compare) => view(() => ({ compare, project: null, district: null, panel: null })),
      hoverProject: (hoverProject) => ui({ hoverProject }),
      hoverDistrict: (hoverDistrict) => ui({ hoverDistrict }),
      setMapLoaded: (mapLoaded) => ui({ mapLoaded }),
      setMapDrawn: (mapDrawn) => ui({ mapDrawn }),
      setMapTiles: (mapTiles) => ui({ mapTiles }),
      setMapFailed: (mapFailed) => ui({ mapFailed }),
      setFiltersOpen: (filtersOpen) => ui({ filtersOpen }),
      setBasemap: (basemap) => view(() => ({ basemap })),
      setMapHover: (mapHover) => ui({ mapHover }),
      openChooser: (chooser) => ui({ chooser, mapHover: null }),
      setNear: (near) => view(() => ({ near })),
      setChoropleth: (choropleth) => view(() => ({ choropleth })),
      openPanel: (panel) => {
        view(() => ({ panel, project: null, district: null, compare: [] }));
        ui({ compareOpen: false, filtersOpen: false, notFound: null });
      },
      openCompare: (compare) => {
        view(() => ({ compare, project: null, district: null, panel: null }));
        ui({ compareOpen: true, filtersOpen: false, notFound: null });
      },
    },
  };
});

export const useActions = () => useStore((s) => s.actions);
export const useSelectedProject = () => useStore((s) => s.view.project);
export const useSelectedDistrict = () => useStore((s) => s.view.district);
export const useCompare = () => useStore((s) => s.view.compare);
/**
 * The filters, one hook per part: the search text changes on every keystroke, so only what shows it (the
 * search box, the chips, the print sheet) and the selection read it.
 */
/** The search text (not TanStack's useQuery). */
export const useSearchText = () => useStore((s) => s.view.q);
export const useSectors = () => useStore((s) => s.view.sectors);
export const useStatuses = () => useStore((s) => s.view.statuses);
export const useAreas = () => useStore((s) => s.view.areas);
export const useHoverProject = () => useStore((s) => s.ui.hoverProject);
export const useMapLoaded = () => useStore((s) => s.ui.mapLoaded);
export const useMapDrawn = () => useStore((s) => s.ui.mapDrawn);
export const useMapTiles = () => useStore((s) => s.ui.mapTiles);
export const useMapFailed = () => useStore((s) => s.ui.mapFailed);
export const useFiltersOpen = () => useStore((s) => s.ui.filtersOpen);
export const useSort = () => useStore((s) => s.view.sort);
export const useNotFound = () => useStore((s) => s.ui.notFound);
export const useCompareOpen = () => useStore((s) => s.ui.compareOpen || s.view.compare.length > 0);
export const useBasemapChoice = () => useStore((s) => s.view.basemap);
export const useMapHover = () => useStore((s) => s.ui.mapHover);
export const usePanelView = () => useStore((s) => s.view.panel);
export const useChooser = () => useStore((s) => s.ui.chooser);
export const useNear = () => useStore((s) => s.view.near);
export const useChoropleth = () => useStore((s) => s.view.choropleth);
