/**
 * Areas in one place: what each area is called (short for labels, chips and table heads; long for panel
 * headings) and which projects belong to it. Pure: no React, no MapLibre.
 */
import type { Lang } from '../state/url';
import type { AreaCode, ProjectAreaCode } from './schema';

export type AreaKind = 'district' | 'bda' | 'city';
export type NameForm = 'short' | 'long';

interface Named {
  code: AreaCode;
  name_zh: string;
  name_en: string;
}

/** The BDA's and the city's short names; their long names are the profile's own. */
const SHORT: Partial<Record<AreaCode, { zh: string; en: string }>> = {
  bda: { zh: '经开区', en: 'BDA' },
  beijing: { zh: '全市', en: 'All Beijing' },
};

export const areaKind = (code: AreaCode): AreaKind =>
  code === 'bda' ? 'bda' : code === 'beijing' ? 'city' : 'district';

/** An area's name: `long` is the profile's full name, `short` fits a chip, a map label or a table head. */
export function areaName(profile: Named, lang: Lang, form: NameForm = 'long'): string {
  const short = form === 'short' ? SHORT[profile.code] : undefined;
  if (short) return short[lang];
  return lang === 'zh' ? profile.name_zh : profile.name_en;
}

/** A code-to-name function over the loaded profiles (unknown codes are shown as they are). */
export function areaNamer(profiles: readonly Named[], lang: Lang, form: NameForm = 'short') {
  const byCode = new Map(profiles.map((p) => [p.code as string, p]));
  return (code: string): string => {
    const p = byCode.get(code);
    return p ? areaName(p, lang, form) : code;
  };
}

interface Placed {
  district: ProjectAreaCode;
  also_districts?: readonly ProjectAreaCode[];
}

/** Whether a project belongs to an area: its own district, one it also spans, or the whole city. */
export function inArea(p: Placed, code: AreaCode): boolean {
  if (code === 'beijing') return true;
  return p.district === code || (p.also_districts?.includes(code) ?? false);
}
