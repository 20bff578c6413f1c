/**
 * Typed translation keys: `t('panel.nope')` is a compile error, and a template key such as
 * t(`sector.${s}`) compiles only if every member of `s` has a string. Keys are checked against the
 * Chinese resources; resources.ts types `en` as `typeof zh`, so English has exactly the same keys.
 * tests/unit/i18n-keys.test-d.ts proves a wrong key fails.
 */
import 'i18next';
import type { resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['zh'];
    /** A wrong key fails even with a default value (`t(key, 'fallback')`). */
    strictKeyChecks: true;
  }
}
