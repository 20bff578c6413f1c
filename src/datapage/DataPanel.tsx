import { useMemo } from 'react';
import type { Profile } from '../data/model';
import type { AppData } from '../data/queries';
import { docMeta } from '../data/queries';
import { useProjectDownloads } from '../export/useProjectDownloads';
import { pick, useLang } from '../i18n';
import { Panel } from '../panels/Panel';
import { countByDoc } from './coverage';

/** The data page: what the data holds (counted from what is loaded), its licences, the five sources, downloads. */
export function DataPanel({ data, profiles, onClose }: { data: AppData; profiles: Profile[]; onClose: () => void }) {
  const { lang, t } = useLang();
  const projects = useMemo(() => data.projects.features.map((f) => f.properties), [data]);
  const counts = useMemo(() => countByDoc(projects, profiles), [projects, profiles]);
  const indicators = profiles.reduce((n, p) => n + p.indicators.length, 0);
  const plans = profiles.reduce((n, p) => n + p.plans.length, 0);
  const downloads = useProjectDownloads(data.projects.features.length);
  return (
    <Panel title={t('data.title')} subject="data" kicker={t('data.kicker')} onClose={onClose} testId="data-panel">
      <h3>{t('data.holds')}</h3>
      <p data-testid="data-totals">{t('data.holdsIntro', { projects: projects.length, indicators, plans })}</p>
      <div className="table-scroll">
        <table className="compare" data-testid="data-by-doc">
          <thead>
            <tr>
              <th scope="col">{t('data.doc')}</th>
              <th scope="col">{t('data.projects')}</th>
              <th scope="col">{t('data.indicators')}</th>
              <th scope="col">{t('data.plans')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.doc} data-doc={c.doc}>
                <th scope="row">
                  <code>{c.doc.slice(0, 3)}</code>{' '}
                  {pick(lang, docMeta(c.doc).publisher_zh, docMeta(c.doc).publisher_en)}
                </th>
                <td className="num">{c.projects}</td>
                <td className="num">{c.indicators}</td>
                <td className="num">{c.plans}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('data.downloads')}</h3>
      <p className="export-buttons">
        <button
          type="button"
          className="secondary small"
          onClick={() => downloads.csv(data.projects.features)}
          aria-busy={downloads.busy}
          data-testid="data-download-csv"
        >
          {t('data.allCsv')}
        </button>
        <button
          type="button"
          className="secondary small"
          onClick={() => downloads.geojson(data.projects.features)}
          aria-busy={downloads.busy}
          data-testid="data-download-geojson"
        >
          {t('data.allGeojson')}
        </button>
        <button
          type="button"
          className="secondary small"
          onClick={() => downloads.profilesCsv(profiles)}
          data-testid="data-download-profiles"
        >
          {t('data.profilesCsv')}
        </button>
      </p>
      <p role="status" className="muted">
        {downloads.status}
      </p>
      <h3>{t('data.sources')}</h3>
      <ol className="doc-list">
        {counts.map(({ doc }) => {
          const m = docMeta(doc);
          return (
            <li key={doc}>
              {pick(lang, m.publisher_zh, m.publisher_en)}: {pick(lang, m.title_zh, m.title_en)} · {m.date} ·{' '}
              <code>{doc}</code>
              {m.note_en ? <p className="source-note">{pick(lang, m.note_zh ?? '', m.note_en)}</p> : null}
            </li>
          );
        })}
      </ol>
      <h3>{t('data.licences')}</h3>
      <ul data-testid="data-licences">
        <li>{t('data.boundaries')}</li>
        <li>{t('data.metro')}</li>
        <li>{t('data.records')}</li>
      </ul>
    </Panel>
  );
}
