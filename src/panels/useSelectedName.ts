import { areaName } from '../data/areas';
import { useAppData } from '../data/queries';
import { pick, useLang } from '../i18n';
import { useSelectedDistrict, useSelectedProject } from '../state/store';

/** The name of the open project or area, in the current language (null when nothing is open). */
export function useSelectedName(): string | null {
  const data = useAppData().data;
  const project = useSelectedProject();
  const district = useSelectedDistrict();
  const { lang } = useLang();
  const p = project ? data?.projectById.get(project)?.properties : undefined;
  if (p) return pick(lang, p.name_zh, p.name_en);
  const d = district ? data?.areaByCode.get(district) : undefined;
  return d ? areaName(d, lang, 'long') : null;
}
