import type { Indicator } from '../data/schema';
import { formatQuantity } from '../i18n/format';
import { useLang } from '../i18n';
import { QuoteToggle } from './Sources';

/** One indicator value: the number in the language's units, its year and kind, and its quote one click away. */
export function IndicatorValue({ ind }: { ind: Indicator }) {
  const { lang, t } = useLang();
  return (
    <>
      <span className="value">{formatQuantity(ind.value, ind.unit, lang, ind.qualifier)}</span>{' '}
      <span className={`kind kind-${ind.kind}`}>
        {ind.year} · {t(`kind.${ind.kind}`)}
      </span>
      <QuoteToggle sources={ind.sources} />
    </>
  );
}
