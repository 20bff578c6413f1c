import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { areaKind, areaName, inArea } from '../data/areas';
import { useAppData, useMetro, useProfiles } from '../data/queries';
import { useLang } from '../i18n';
import {
  useActions,
  useCompare,
  useCompareOpen,
  useNotFound,
  useSelectedDistrict,
  useSelectedProject,
  usePanelView,
} from '../state/store';
import { chunk } from '../ui/chunk';
import { NotFound } from './NotFound';

/** The panels' chunk, loaded once (later calls share it); after a failure the next call asks again (chunk.ts). */
const loadPanels = chunk(() => import('./panels'));
/**
 * The panels as lazy components. React keeps a lazy component's failure, so each PanelHost makes its own:
 * the panel error's Retry (App.tsx) mounts a new PanelHost, whose panels ask for the chunk again.
 */
const lazyPanels = () => ({
  ComparePanel: lazy(() => loadPanels().then((m) => ({ default: m.ComparePanel }))),
  DataPanel: lazy(() => loadPanels().then((m) => ({ default: m.DataPanel }))),
  ParksPanel: lazy(() => loadPanels().then((m) => ({ default: m.ParksPanel }))),
  DistrictPanel: lazy(() => loadPanels().then((m) => ({ default: m.DistrictPanel }))),
  ProjectPanel: lazy(() => loadPanels().then((m) => ({ default: m.ProjectPanel }))),
  ProfilesPending: lazy(() => loadPanels().then((m) => ({ default: m.ProfilesPending }))),
});
type Panels = ReturnType<typeof lazyPanels>;

/** While the panels' chunk loads (a local file: a few milliseconds): an empty panel that says so. */
function PanelLoading() {
  const { t } = useLang();
  return (
    <section className="panel" data-covers-map="" aria-busy="true" data-testid="panel-loading">
      <div className="panel-body">
        <p role="status">{t('panel.loading')}</p>
      </div>
    </section>
  );
}
const Loaded = ({ children }: { children: ReactNode }) => <Suspense fallback={<PanelLoading />}>{children}</Suspense>;

/**
 * Shows the panel for what the URL selects. A project id the data does not have is dropped from the URL
 * (replacing the entry) and a "not found" notice says so; the URL is never trusted.
 */
export function PanelHost() {
  const [panels] = useState(lazyPanels);
  // Load the panels on the first sign of intent, so a click opens one without waiting for its code.
  useEffect(() => {
    // (A failure here is said when a panel needs the chunk, and asked for again then.)
    const go = () => void loadPanels().catch(() => undefined);
    const opts = { once: true, capture: true, passive: true };
    window.addEventListener('pointerdown', go, opts);
    window.addEventListener('keydown', go, opts);
    return () => {
      window.removeEventListener('pointerdown', go, opts);
      window.removeEventListener('keydown', go, opts);
    };
  }, []);
  return (
    <Loaded>
      <OpenPanel panels={panels} />
    </Loaded>
  );
}

function OpenPanel({ panels }: { panels: Panels }) {
  const { ComparePanel, DataPanel, ParksPanel, DistrictPanel, ProjectPanel, ProfilesPending } = panels;
  const data = useAppData().data;
  const metro = useMetro(!!data).data;
  const projectId = useSelectedProject();
  const districtCode = useSelectedDistrict();
  const notFound = useNotFound();
  const { closePanel, dropUnknownProject, dismissNotFound } = useActions();
  const { lang, t } = useLang();
  const compare = useCompare();
  const compareOpen = useCompareOpen();
  const panelView = usePanelView();
  const onClose = useCallback(() => closePanel(), [closePanel]);
  // The whole profiles (indicators, plans, quotes) are loaded only for the panels that show them: the
  // comparison, the data page, an area (which shows when no other view and no project is open).
  const wantsProfiles = compareOpen || panelView === 'data' || (!panelView && !!districtCode && !projectId);
  const profiles = useProfiles(wantsProfiles && !!data);
  const unknown = !!data && !!projectId && !data.projectById.has(projectId);
  useEffect(() => {
    if (unknown && projectId) dropUnknownProject(projectId);
  }, [unknown, projectId, dropUnknownProject]);
  if (!data) return null;
  if (wantsProfiles && !profiles.profiles) {
    // Said in a panel like the one it stands for, so it closes and takes focus as that one would.
    const area = districtCode ? data.areaByCode.get(districtCode) : undefined;
    const [title, kicker, subject] = compareOpen
      ? [t('compare.title'), t('compare.kicker', { count: compare.length }), 'compare']
      : panelView === 'data'
        ? [t('data.title'), t('data.kicker'), 'data']
        : [
            area ? areaName(area, lang, 'long') : (districtCode ?? ''),
            t(`panel.areaKind.${areaKind(districtCode!)}`),
            districtCode!,
          ];
    return <ProfilesPending title={title} kicker={kicker} subject={subject} state={profiles} onClose={onClose} />;
  }

  if (compareOpen)
    return (
      <ComparePanel
        codes={compare}
        profiles={profiles.profiles!}
        projects={data.projects.features.map((f) => f.properties)}
        onClose={onClose}
      />
    );

  if (panelView === 'parks') return <ParksPanel projectById={data.projectById} onClose={onClose} />;
  if (panelView === 'data') return <DataPanel data={data} profiles={profiles.profiles!} onClose={onClose} />;

  const project = projectId ? data.projectById.get(projectId) : undefined;
  if (project) {
    const d = data.areaByCode.get(project.properties.district);
    return (
      <ProjectPanel
        project={project}
        projectCount={data.projects.features.length}
        districtName={d ? areaName(d, lang, 'long') : project.properties.district}
        onClose={onClose}
        metro={metro}
      />
    );
  }
  const profile = districtCode ? profiles.profileByCode?.get(districtCode) : undefined;
  if (profile)
    return (
      <DistrictPanel
        profile={profile}
        projects={
          // The city-wide profile lists the city's own actions; every project is in the list beside it.
          areaKind(profile.code) === 'city'
            ? []
            : data.projects.features.filter((f) => inArea(f.properties, profile.code))
        }
        projectById={data.projectById}
        onClose={onClose}
      />
    );
  if (notFound) return <NotFound id={notFound} onClose={dismissNotFound} />;
  return null;
}
