import { useCallback, useEffect } from 'react';
import { areaKind, areaName, inArea } from '../data/areas';
import { useAppData, useMetro } from '../data/queries';
import { useLang } from '../i18n';
import { ComparePanel } from '../compare/ComparePanel';
import { DataPanel } from '../datapage/DataPanel';
import { ParksPanel } from '../parks/ParksPanel';
import {
  useActions,
  useCompare,
  useCompareOpen,
  useNotFound,
  useSelectedDistrict,
  useSelectedProject,
  usePanelView,
} from '../state/store';
import { DistrictPanel } from './DistrictPanel';
import { NotFound } from './NotFound';
import { ProjectPanel } from './ProjectPanel';

/**
 * Shows the panel for what the URL selects. A project id the data does not have is dropped from the URL
 * (replacing the entry) and a "not found" notice says so; the URL is never trusted.
 */
export function PanelHost() {
  const data = useAppData().data;
  const metro = useMetro(!!data).data;
  const projectId = useSelectedProject();
  const districtCode = useSelectedDistrict();
  const notFound = useNotFound();
  const { closePanel, dropUnknownProject, dismissNotFound } = useActions();
  const { lang } = useLang();
  const compare = useCompare();
  const compareOpen = useCompareOpen();
  const panelView = usePanelView();
  const onClose = useCallback(() => closePanel(), [closePanel]);
  const unknown = !!data && !!projectId && !data.projectById.has(projectId);
  useEffect(() => {
    if (unknown && projectId) dropUnknownProject(projectId);
  }, [unknown, projectId, dropUnknownProject]);
  if (!data) return null;

  if (compareOpen)
    return (
      <ComparePanel
        codes={compare}
        profiles={data.profiles}
        projects={data.projects.features.map((f) => f.properties)}
        onClose={onClose}
      />
    );

  if (panelView === 'parks') return <ParksPanel projectById={data.projectById} onClose={onClose} />;
  if (panelView === 'data') return <DataPanel data={data} onClose={onClose} />;

  const project = projectId ? data.projectById.get(projectId) : undefined;
  if (project) {
    const d = data.profileByCode.get(project.properties.district);
    return (
      <ProjectPanel
        project={project}
        districtName={d ? areaName(d, lang, 'long') : project.properties.district}
        onClose={onClose}
        metro={metro}
      />
    );
  }
  const profile = districtCode ? data.profileByCode.get(districtCode) : undefined;
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
