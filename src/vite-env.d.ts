/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where "report a problem" e-mails go; unset: the report is offered as text to copy. */
  readonly VITE_REPORT_EMAIL?: string;
}
