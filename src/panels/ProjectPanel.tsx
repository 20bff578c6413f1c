import type { ProjectFeature } from '../data/model';
import { useProjectDetails, type MetroLines, type MetroStations } from '../data/queries';
import { formatQuantity, formatSquareMetres } from '../i18n/format';
import { pick, useLang } from '../i18n';
import { SECTOR_COLORS } from '../map/sectors';
import { NearestStations } from '../proximity/NearestStations';
import { Panel } from './Panel';
import { Sources } from './Sources';
import { ReportProblem } from '../export/ReportProblem';
import { loadFailure } from '../ui/LoadState';

interface Props {
  project: ProjectFeature;
  /** How many projects the data holds: it fixes which details file the project is in. */
  projectCount: number;
  districtName: string;
  onClose: () => void;
  /** The metro network, for the nearest stations (left out until it has loaded). */
  metro?: { stations: MetroStations; lines: MetroLines };
}

const AREA_KINDS = new Set(['floor_area_total', 'floor_area_above_ground']);

export function ProjectPanel({ project, projectCount, districtName, onClose, metro }: Props) {
  const { lang, t } = useLang();
  const p = project.properties;
  // The quoted sources and the placement's basis come from the project's details file (src/data/details.ts).
  const details = useProjectDetails(p.id, projectCount);
  const d = details.details;
  const other = p.figures.filter((f) => !AREA_KINDS.has(f.kind));
  const industries = lang === 'zh' ? p.industries_zh : p.industries_en;
  const areaFigure = (kind: string) => p.figures.find((f) => f.kind === kind);

  const floor = (kind: 'floor_area_total' | 'floor_area_above_ground', m2: number | undefined, label: string) => {
    const f = areaFigure(kind);
    if (!f || m2 === undefined) return null;
    // English leads with the metric form and shows no Chinese unit; Chinese keeps the source's form first.
    return (
      <>
        <dt>{label}</dt>
        <dd data-testid={kind}>
          {lang === 'zh' ? (
            <>
              {formatQuantity(f.value, f.unit, 'zh', f.qualifier)}{' '}
              <span className="muted">（{formatSquareMetres(m2, 'en', f.qualifier)}）</span>
            </>
          ) : (
            formatSquareMetres(m2, 'en', f.qualifier)
          )}
        </dd>
      </>
    );
  };

  return (
    <Panel
      title={pick(lang, p.name_zh, p.name_en)}
      subject={p.id}
      kicker={t(`sector.${p.sector}`)}
      onClose={onClose}
      testId="project-panel"
    >
      <p className="alt-name" lang={lang === 'zh' ? 'en' : 'zh'}>
        {lang === 'zh' ? p.name_en : p.name_zh}
      </p>
      <p className="badges">
        <span className="badge" style={{ borderColor: SECTOR_COLORS[p.sector] }}>
          <span className="swatch" style={{ background: SECTOR_COLORS[p.sector] }} aria-hidden="true" />
          {t(`sector.${p.sector}`)}
        </span>
        <span className="badge" data-testid="status">
          {p.status === 'not_stated'
            ? t('statusNotStated', { year: p.status_year })
            : t('statusYear', { status: t(`status.${p.status}`), year: p.status_year })}
        </span>
        <span className="badge">{districtName}</span>
      </p>
      <p>{pick(lang, p.summary_zh, p.summary_en)}</p>
      <dl className="facts">
        {floor('floor_area_total', p.floor_area_total_m2, t('panel.floorTotal'))}
        {floor('floor_area_above_ground', p.floor_area_above_ground_m2, t('panel.floorAbove'))}
        {other.map((f, i) => (
          <FigureRow
            key={i}
            label={pick(lang, f.label_zh ?? t(`figure.${f.kind}`), f.label_en ?? t(`figure.${f.kind}`))}
          >
            {formatQuantity(f.value, f.unit, lang, f.qualifier)}
          </FigureRow>
        ))}
        {industries.length ? (
          <>
            <dt>{t('panel.industries')}</dt>
            <dd>
              <ul className="tags">
                {industries.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {p.address_zh ? (
          <>
            <dt>{t('panel.address')}</dt>
            <dd>
              {lang === 'en' && p.address_en ? (
                <>
                  {p.address_en}{' '}
                  <span className="muted">
                    (<span lang="zh">{p.address_zh}</span>)
                  </span>
                </>
              ) : (
                <span lang="zh">{p.address_zh}</span>
              )}
            </dd>
          </>
        ) : null}
        <dt>{t('panel.precision')}</dt>
        <dd data-testid="precision">
          {t(`precision.${p.precision}`)}
          {d ? (
            <span className="muted" data-testid="basis">
              {' '}
              — {t('panel.basis')}: {pick(lang, d.location_basis_zh, d.location_basis)}
            </span>
          ) : null}
        </dd>
      </dl>
      <NearestStations project={project} stations={metro?.stations.features} lines={metro?.lines.features} />
      <h3>{t('panel.sources')}</h3>
      {d ? (
        <Sources sources={d.sources} />
      ) : details.error ? (
        <p role="alert" className="details-error" data-testid="details-error">
          {t('app.loadError', { message: loadFailure(details.error, t) })}{' '}
          <button type="button" className="secondary small" onClick={details.retry}>
            {t('app.retry')}
          </button>
        </p>
      ) : null}
      {/* One live region, there from the start, so a screen reader hears the text change. */}
      <div role="status" className="muted" data-testid="details-loading">
        {!d && !details.error ? t('panel.detailsLoading') : ''}
      </div>
      <ReportProblem project={p} districtName={districtName} />
    </Panel>
  );
}

function FigureRow({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
