import { useCallback, useState } from 'react';
import type { ProjectProps } from '../data/model';
import { formatSquareMetres } from '../i18n/format';
import { pick, useLang } from '../i18n';
import { CopyButton } from './CopyButton';
import { isEmail, mailtoHref, reportSubject, reportText } from './report';

/** The address reports go to, set when the app is built (VITE_REPORT_EMAIL); none means "copy the text" only. */
const REPORT_EMAIL: string | undefined = import.meta.env.VITE_REPORT_EMAIL;

/** "Report a problem with this record": the record id, what the panel showed and the page address. */
export function ReportProblem({ project, districtName }: { project: ProjectProps; districtName: string }) {
  const { lang, t } = useLang();
  // The page address when the report was opened (the camera changes it as the map moves).
  const [url, setUrl] = useState(() => window.location.href);
  const make = useCallback(
    (pageUrl: string) => {
      const p = project;
      const shown = [
        `${t('panel.project')}: ${pick(lang, p.name_zh, p.name_en)}`,
        `${t('panel.sector')}: ${t(`sector.${p.sector}`)}`,
        `${t('panel.status')}: ${t(`status.${p.status}`)} (${p.status_year})`,
        `${t('panel.location')}: ${districtName} · ${t(`precision.${p.precision}`)}`,
        ...(p.floor_area_total_m2 !== undefined
          ? [`${t('panel.floorTotal')}: ${formatSquareMetres(p.floor_area_total_m2, lang)}`]
          : []),
        ...(p.floor_area_above_ground_m2 !== undefined
          ? [`${t('panel.floorAbove')}: ${formatSquareMetres(p.floor_area_above_ground_m2, lang)}`]
          : []),
      ];
      return reportText({ project: p, shown, url: pageUrl, lang });
    },
    [project, districtName, lang, t],
  );
  const text = make(url);
  const subject = reportSubject({ project, lang });
  return (
    <details
      className="report"
      data-testid="report-problem"
      onToggle={(e) => e.currentTarget.open && setUrl(window.location.href)}
    >
      {/* The click (mouse or keyboard) takes the address at once; `toggle` comes a task later. */}
      <summary onClick={() => setUrl(window.location.href)}>{t('report.action')}</summary>
      <p className="muted">{t('report.intro')}</p>
      <textarea readOnly value={text} rows={8} aria-label={t('report.text')} data-testid="report-text" />
      <p className="report-actions">
        {isEmail(REPORT_EMAIL) ? (
          <a className="button secondary" href={mailtoHref(REPORT_EMAIL, subject, text)} data-testid="report-mailto">
            {t('report.email')}
          </a>
        ) : null}
        <CopyButton
          text={() => make(window.location.href)}
          label={t('report.copy')}
          done={t('report.copied')}
          failed={t('cite.failed')}
          testId="report-copy"
        />
      </p>
    </details>
  );
}
