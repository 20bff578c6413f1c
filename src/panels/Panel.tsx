import { useEffect, useRef, type ReactNode } from 'react';
import { useLang } from '../i18n';
import { useSheet } from './useSheet';

interface Props {
  title: string;
  /** What the panel shows (a project id, an area code): focus returns to the heading when it changes. */
  subject: string;
  kicker: string;
  onClose: () => void;
  children: ReactNode;
  testId: string;
}

/**
 * The side panel (a bottom sheet on phones): focus moves to its heading when it opens and back to where it
 * was when it closes; the close button and Escape close it.
 */
export function Panel({ title, subject, kicker, onClose, children, testId }: Props) {
  const { t } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  const sheet = useSheet();

  // Focus comes back on close to where it was; if that element is gone (the list re-rendered while the panel
  // was open), to the subject's row in the list, else to the list itself, never to the page's body.
  const subjectRef = useRef(subject);
  useEffect(() => {
    subjectRef.current = subject;
  }, [subject]);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    heading.current?.focus();
    return () => {
      if (before && document.contains(before) && before !== document.body) return before.focus();
      const row = document.querySelector<HTMLElement>(
        `[data-testid="results"] li[data-id="${CSS.escape(subjectRef.current)}"] button`,
      );
      (row ?? document.getElementById('results'))?.focus();
    };
  }, []);
  useEffect(() => {
    heading.current?.focus();
  }, [subject]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <section
      className="panel"
      data-covers-map=""
      aria-labelledby="panel-title"
      data-testid={testId}
      data-subject={subject}
      style={sheet.share === null ? undefined : { maxHeight: 'none', height: `${sheet.share * 100}%` }}
    >
      <div
        className="sheet-handle"
        role="slider"
        tabIndex={0}
        aria-label={t('sheet.handle')}
        aria-orientation="vertical"
        aria-valuemin={30}
        aria-valuemax={90}
        aria-valuenow={Math.round((sheet.share ?? 0.6) * 100)}
        data-testid="sheet-handle"
        {...sheet.handlers}
      />
      <header className="panel-header">
        <div>
          <p className="panel-kicker">{kicker}</p>
          <h2 id="panel-title" ref={heading} tabIndex={-1}>
            {title}
          </h2>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('panel.close')}>
          ×
        </button>
      </header>
      {/* Focusable so keyboard users can scroll a long panel (axe: scrollable-region-focusable). */}
      <div className="panel-body" tabIndex={0}>
        {children}
      </div>
    </section>
  );
}
