import { docMeta } from '../data/queries';
import type { Source } from '../data/schema';
import { pick, useLang } from '../i18n';
import { citation } from '../export/citation';
import { CopyButton } from '../export/CopyButton';

/** The documents and verbatim quotes a fact comes from. Quotes are always rendered as text. */
export function Sources({ sources, compact = false }: { sources: Source[]; compact?: boolean }) {
  const { lang, t } = useLang();
  return (
    <ul className={compact ? 'sources compact' : 'sources'} aria-label={t('panel.sources')}>
      {sources.map((s, i) => {
        const meta = docMeta(s.doc);
        return (
          <li key={i} className="source">
            <blockquote lang="zh">{s.quote}</blockquote>
            <p className="source-meta">
              {meta ? pick(lang, meta.publisher_zh, meta.publisher_en) : ''}
              {meta ? ` · ${meta.date}` : ''} · <code>{s.doc}</code>
              {meta && !compact ? (
                <span className="source-title"> — {pick(lang, meta.title_zh, meta.title_en)}</span>
              ) : null}
            </p>
            {meta ? (
              <CopyButton
                text={() => citation(lang, s, meta)}
                label={t('cite.copy')}
                ariaLabel={t('cite.copyLabel', { doc: s.doc })}
                done={t('cite.copied')}
                failed={t('cite.failed')}
                testId="copy-citation"
              />
            ) : null}
            {meta?.note_en ? <p className="source-note">{pick(lang, meta.note_zh ?? '', meta.note_en)}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** A quote one click away: a disclosure that shows the sources. */
export function QuoteToggle({ sources }: { sources: Source[] }) {
  const { t } = useLang();
  return (
    <details className="quote-toggle">
      <summary>{t('panel.showQuote')}</summary>
      <Sources sources={sources} compact />
    </details>
  );
}
