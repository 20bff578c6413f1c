import { areaKind, areaName } from '../data/areas';
import type { Profile, ProjectFeature } from '../data/model';
import { SECTORS, THEMES } from '../data/codes';
import type { Indicator } from '../data/schema';
import { formatKm2 } from '../i18n/format';
import { pick, useLang } from '../i18n';
import { focusProject } from '../map/camera';
import { SECTOR_COLORS } from '../map/sectors';
import { useActions } from '../state/store';
import { IndicatorValue } from './IndicatorValue';
import { useDownloads } from '../export/useProjectDownloads';
import { DistrictCharts } from '../charts/DistrictCharts';
import { ShowCharts } from '../charts/ShowCharts';
import { Panel } from './Panel';
import { QuoteToggle } from './Sources';

interface Props {
  profile: Profile;
  projects: ProjectFeature[];
  projectById: Map<string, ProjectFeature>;
  onClose: () => void;
}

/** Indicators of one theme, one row per measure: a 2024 result beside a 2025 target where both exist. */
function IndicatorRows({ indicators }: { indicators: Indicator[] }) {
  const { lang } = useLang();
  const rows = new Map<string, Indicator[]>();
  // One row per measure: the same metric (or the same label) in different years and kinds.
  for (const ind of indicators) {
    const key = ind.metric ?? ind.label_zh;
    rows.set(key, [...(rows.get(key) ?? []), ind]);
  }
  return (
    <>
      {[...rows.values()].map((list) => (
        <tr key={list[0]!.id}>
          <th scope="row">{pick(lang, list[0]!.label_zh, list[0]!.label_en)}</th>
          <td>
            <ul className="values">
              {[...list]
                .sort((a, b) => a.year - b.year)
                .map((ind) => (
                  <li key={ind.id} data-testid={`indicator-${ind.id}`}>
                    <IndicatorValue ind={ind} />
                  </li>
                ))}
            </ul>
          </td>
        </tr>
      ))}
    </>
  );
}

export function DistrictPanel({ profile, projects, projectById, onClose }: Props) {
  const { lang, t } = useLang();
  const { selectProject, openCompare } = useActions();
  const downloads = useDownloads();
  const name = areaName(profile, lang, 'long');
  const empty = !profile.indicators.length && !profile.plans.length && !projects.length;
  const themes = THEMES.filter(
    (th) => profile.indicators.some((i) => i.theme === th) || profile.plans.some((p) => p.theme === th),
  );

  const projectLink = (p: ProjectFeature) => (
    <button
      type="button"
      className="link"
      onClick={() => {
        selectProject(p.id);
        focusProject(p);
      }}
    >
      {pick(lang, p.properties.name_zh, p.properties.name_en)}
    </button>
  );

  return (
    <Panel
      title={name}
      subject={profile.code}
      kicker={t(`panel.areaKind.${areaKind(profile.code)}`)}
      onClose={onClose}
      testId="district-panel"
    >
      <p className="alt-name" lang={lang === 'zh' ? 'en' : 'zh'}>
        {lang === 'zh' ? profile.name_en : profile.name_zh}
      </p>
      {profile.area_km2 !== undefined ? (
        <p data-testid="district-area">
          {t('panel.areaKm2')}: <strong>{formatKm2(profile.area_km2, lang)}</strong>
        </p>
      ) : null}
      <button
        type="button"
        className="secondary"
        onClick={() => openCompare([profile.code])}
        data-testid="compare-this"
      >
        {t('compare.addThis')}
      </button>{' '}
      {!empty ? (
        <button
          type="button"
          className="secondary"
          onClick={() => downloads.profilesCsv([profile], `beijing-plans-profile-${profile.code}`)}
          data-testid="download-profile"
        >
          {t('exports.profileCsv')}
        </button>
      ) : null}{' '}
      {/* Always in the page, so a screen reader hears what it comes to say (preparing, a failure). */}
      <span role="status" className="muted" data-testid="download-profile-status">
        {downloads.status}
      </span>
      {empty ? (
        <p className="notice" data-testid="no-data">
          {t('panel.noData', { name })}
        </p>
      ) : null}
      {projects.length || profile.indicators.length ? (
        <ShowCharts>
          {() => <DistrictCharts projects={projects.map((f) => f.properties)} indicators={profile.indicators} />}
        </ShowCharts>
      ) : null}
      {profile.indicators.length ? (
        <>
          <h3>{t('panel.indicators')}</h3>
          <table className="indicators">
            {themes
              .filter((th) => profile.indicators.some((i) => i.theme === th))
              .map((th) => (
                <tbody key={th}>
                  <tr className="theme-row">
                    <th colSpan={2} scope="rowgroup">
                      {t(`theme.${th}`)}
                    </th>
                  </tr>
                  <IndicatorRows indicators={profile.indicators.filter((i) => i.theme === th)} />
                </tbody>
              ))}
          </table>
        </>
      ) : null}
      {profile.plans.length ? (
        <>
          <h3>{t('panel.plans')}</h3>
          {themes
            .filter((th) => profile.plans.some((p) => p.theme === th))
            .map((th) => (
              <section key={th} className="plan-theme">
                <h4>{t(`theme.${th}`)}</h4>
                <ul className="plans">
                  {profile.plans
                    .filter((p) => p.theme === th)
                    .map((plan) => (
                      <li key={plan.id}>
                        {pick(lang, plan.text_zh, plan.text_en)}
                        {plan.projects?.length ? (
                          <span className="linked">
                            {' '}
                            {t('panel.linkedProjects')}:{' '}
                            {plan.projects
                              .map((id) => projectById.get(id))
                              .filter((p): p is ProjectFeature => !!p)
                              .map((p) => (
                                <span key={p.id}>{projectLink(p)} </span>
                              ))}
                          </span>
                        ) : null}
                        <QuoteToggle sources={plan.sources} />
                      </li>
                    ))}
                </ul>
              </section>
            ))}
        </>
      ) : null}
      {projects.length ? (
        <>
          <h3>
            {t('panel.projects')} ({projects.length})
          </h3>
          {SECTORS.filter((s) => projects.some((p) => p.properties.sector === s)).map((s) => (
            <section key={s} className="plan-theme">
              <h4>
                <span className="swatch" style={{ background: SECTOR_COLORS[s] }} aria-hidden="true" />{' '}
                {t(`sector.${s}`)}
              </h4>
              <ul className="project-links">
                {projects
                  .filter((p) => p.properties.sector === s)
                  .map((p) => (
                    <li key={p.id}>
                      {projectLink(p)}
                      {p.properties.precision === 'district' ? (
                        <span className="muted"> — {t('panel.approxOnly')}</span>
                      ) : null}
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </>
      ) : null}
    </Panel>
  );
}
