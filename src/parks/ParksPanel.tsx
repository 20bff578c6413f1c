import { useMemo } from 'react';
import type { ProjectFeature } from '../data/model';
import { formatSquareMetres } from '../i18n/format';
import { pick, useLang } from '../i18n';
import { focusProject } from '../map/camera';
import { Panel } from '../panels/Panel';
import { useActions } from '../state/store';
import { rankParks } from './parks';

const pct = (share: number, lang: 'zh' | 'en') =>
  new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );

/** The science parks ranked by floor area: a table (one row per park) whose names open the park on the map. */
export function ParksPanel({
  projectById,
  onClose,
}: {
  projectById: Map<string, ProjectFeature>;
  onClose: () => void;
}) {
  const { lang, t } = useLang();
  const { selectProject } = useActions();
  const rows = useMemo(() => rankParks([...projectById.values()].map((f) => f.properties)), [projectById]);
  return (
    <Panel title={t('parks.title')} subject="parks" kicker={t('parks.kicker')} onClose={onClose} testId="parks-panel">
      <p>{t('parks.intro')}</p>
      <p className="muted" data-testid="parks-count">
        {t('parks.count', { count: rows.length })}
      </p>
      <div className="table-scroll">
        <table className="parks" data-testid="parks-table">
          <caption className="visually-hidden">{t('parks.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('parks.rank')}</th>
              <th scope="col">{t('parks.name')}</th>
              <th scope="col">{t('parks.total')}</th>
              <th scope="col">{t('parks.aboveShare')}</th>
              <th scope="col">{t('parks.focus')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const p = r.project;
              const industries = lang === 'zh' ? p.industries_zh : p.industries_en;
              return (
                <tr key={p.id} data-testid="park-row" data-id={p.id}>
                  <td className="num">{i + 1}</td>
                  <th scope="row">
                    <button
                      type="button"
                      className="link"
                      onClick={() => {
                        selectProject(p.id);
                        const f = projectById.get(p.id);
                        if (f) focusProject(f);
                      }}
                    >
                      {pick(lang, p.name_zh, p.name_en)}
                    </button>
                  </th>
                  <td className="num" data-testid="park-total">
                    {formatSquareMetres(r.total_m2, lang, r.totalQualifier)}
                  </td>
                  <td className="num">
                    {r.aboveShare !== undefined && r.above_m2 !== undefined ? (
                      <>
                        {r.aboveQualifier || r.totalQualifier ? '≈' : ''}
                        {pct(r.aboveShare, lang)}
                        <span className="muted"> ({formatSquareMetres(r.above_m2, lang, r.aboveQualifier)})</span>
                      </>
                    ) : (
                      <span className="muted">{t('parks.notStated')}</span>
                    )}
                  </td>
                  <td>{industries.length ? industries.join(lang === 'zh' ? '、' : ', ') : t('parks.notStated')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
