import { useMemo } from 'react';
import { areaName } from '../data/areas';
import type { Profile, ProjectProps } from '../data/model';
import { AREA_CODES, SECTORS, type AreaCode } from '../data/codes';
import { pick, useLang } from '../i18n';
import { Panel } from '../panels/Panel';
import { IndicatorValue } from '../panels/IndicatorValue';
import { useActions } from '../state/store';
import { areaCounts, sharedIndicators } from './compare';
import { CompareCharts } from '../charts/CompareCharts';
import { ShowCharts } from '../charts/ShowCharts';

interface Props {
  codes: AreaCode[];
  profiles: Profile[];
  projects: ProjectProps[];
  onClose: () => void;
}

const MAX = 4;

/** Two to four areas side by side: project counts by sector and the indicators they share. */
export function ComparePanel({ codes, profiles, projects, onClose }: Props) {
  const { lang, t } = useLang();
  const { openCompare } = useActions();
  const byCode = useMemo(() => new Map(profiles.map((p) => [p.code, p])), [profiles]);
  const chosen = useMemo(() => codes.map((c) => byCode.get(c)).filter((p): p is Profile => !!p), [codes, byCode]);
  const counts = chosen.map((p) => areaCounts(p, projects));
  const shared = useMemo(() => sharedIndicators(chosen), [chosen]);
  const name = (p: Profile) => areaName(p, lang, 'short');
  const toggle = (c: AreaCode) =>
    openCompare(codes.includes(c) ? codes.filter((x) => x !== c) : codes.length < MAX ? [...codes, c] : codes);

  return (
    <Panel
      title={t('compare.title')}
      subject="compare"
      kicker={t('compare.kicker', { count: chosen.length })}
      onClose={onClose}
      testId="compare-panel"
    >
      <fieldset className="compare-pick">
        <legend>{t('compare.pick')}</legend>
        {AREA_CODES.map((c) => byCode.get(c)).map((p) =>
          p ? (
            <label key={p.code} className="check compact">
              <input
                type="checkbox"
                checked={codes.includes(p.code)}
                disabled={!codes.includes(p.code) && codes.length >= MAX}
                onChange={() => toggle(p.code)}
                data-testid={`compare-${p.code}`}
              />
              {name(p)}
            </label>
          ) : null,
        )}
      </fieldset>
      {chosen.length < 2 ? (
        <p className="notice">{t('compare.need')}</p>
      ) : (
        <>
          <p className="notice" data-testid="coverage-note">
            {t('compare.coverageNote')}
          </p>
          <ShowCharts>{() => <CompareCharts profiles={chosen} projects={projects} />}</ShowCharts>
          <div className="table-scroll">
            <table className={`compare cols-${chosen.length}`} data-testid="compare-table">
              <thead>
                <tr>
                  <th scope="col">{t('compare.measure')}</th>
                  {chosen.map((p) => (
                    <th key={p.code} scope="col">
                      {name(p)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {(['total', 'indicators', 'plans'] as const).map((k) => (
                  <tr key={k}>
                    <th scope="row">{t(k === 'total' ? 'compare.projects' : `compare.${k}`)}</th>
                    {counts.map((c, i) => (
                      <td key={i} className="num">
                        {c[k]}
                      </td>
                    ))}
                  </tr>
                ))}
                <tr className="theme-row">
                  <th colSpan={chosen.length + 1} scope="rowgroup">
                    {t('compare.bySector')}
                  </th>
                </tr>
                {SECTORS.filter((s) => counts.some((c) => c.bySector[s])).map((s) => (
                  <tr key={s}>
                    <th scope="row">{t(`sector.${s}`)}</th>
                    {counts.map((c, i) => (
                      <td key={i} className="num">
                        {c.bySector[s]}
                      </td>
                    ))}
                  </tr>
                ))}
                <tr className="theme-row">
                  <th colSpan={chosen.length + 1} scope="rowgroup">
                    {t('compare.shared')}
                  </th>
                </tr>
                {shared.length ? (
                  shared.map((row) => (
                    <tr key={row.key} data-testid="shared-row">
                      <th scope="row">{pick(lang, row.label_zh, row.label_en)}</th>
                      {row.cells.map((cell, i) => (
                        <td key={i}>
                          {cell.map((ind) => (
                            <div key={ind.id}>
                              <IndicatorValue ind={ind} />
                            </div>
                          ))}
                        </td>
                      ))}
                    </tr>
                  ))
                ) : (
                  <tr>
                    <td colSpan={chosen.length + 1}>{t('compare.noShared')}</td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Panel>
  );
}
