import { useEffect, useState } from 'react';
import { copyText } from './copy';

interface Props {
  text: () => string;
  label: string;
  /** Accessible name when the visible label is not enough (which source it cites). */
  ariaLabel?: string;
  done: string;
  failed: string;
  testId?: string;
}

/** Copies text on click and says so in a live region; if copying fails, shows the text to select by hand. */
export function CopyButton({ text, label, ariaLabel, done, failed, testId }: Props) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  const [shown, setShown] = useState('');
  useEffect(() => {
    if (state !== 'done') return;
    const t = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(t);
  }, [state]);
  return (
    <span className="copy">
      <button
        type="button"
        className="link small"
        aria-label={ariaLabel}
        data-testid={testId}
        onClick={() => {
          const value = text();
          void copyText(value).then((ok) => {
            setShown(value);
            setState(ok ? 'done' : 'failed');
          });
        }}
      >
        {label}
      </button>
      <span role="status" className="copy-status">
        {state === 'done' ? done : state === 'failed' ? failed : ''}
      </span>
      {state === 'failed' ? (
        <textarea className="copy-manual" readOnly value={shown} aria-label={label} rows={4} />
      ) : null}
    </span>
  );
}
