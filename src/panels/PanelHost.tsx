import { useCallback } from 'react';
import { useAppData } from '../data/queries';
import { pick, useLang } from '../i18n';
import { ComparePanel } from '../compare/ComparePanel';
import { useActions, useCompare, useCompareOpen, useSelectedDistrict, useSelectedProject } from '../state/store';
import { DistrictPanel } from './DistrictPanel';
import { ProjectPanel } from './ProjectPanel';

/** Shows the panel for what the URL selects; unknown ids show nothing (the URL is not trusted). */
export function PanelHost() {
  const data = useAppData().data;
  const projectId = useSelectedProject();
  const districtCode = useSelectedDistrict();
  const { closePanel } = useActions();
  const { lang } = useLang();
  const compare = useCompare();
  const compareOpen = useCompareOpen();
  const onClose = useCallback(() => closePanel(), [closePanel]);
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

  const project = projectId ? data.projectById.get(projectId) : undefined;
  if (project) {
    const d = data.profileByCode.get(project.properties.district);
    return (
      <ProjectPanel
        project={project}
        districtName={d ? pick(lang, d.name_zh, d.name_en) : project.properties.district}
        onClose={onClose}
      />
    );
  }
  const profile = districtCode ? data.profileByCode.get(districtCode) : undefined;
  if (profile)
    return (
      <DistrictPanel
        profile={profile}
        projects={data.projects.features.filter(
          (f) => f.properties.district === profile.code || f.properties.also_districts?.includes(profile.code as never),
        )}
        projectById={data.projectById}
        onClose={onClose}
      />
    );
  return null;
}
