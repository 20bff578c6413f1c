import { useState, type ReactNode } from 'react';
import { useLang } from '../i18n';

/** A disclosure that mounts its charts only when first opened (so Chartist loads only then), then keeps them. */
export function ShowCharts({ children }: { children: () => ReactNode }) {
  const { t } = useLang();
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="show-charts"
      onToggle={(e) => e.currentTarget.open && setOpened(true)}
      data-testid="show-charts"
    >
      <summary>{t('charts.show')}</summary>
      {opened ? children() : null}
    </details>
  );
}
