/**
 * Typed translation keys: `t('panel.nope')` is a compile error, and a template key such as
 * t(`sector.${s}`) compiles only if every member of `s` has a string. Keys are checked against the
 * Chinese resources, which are `as const` so that each string's {{variables}} are typed as its t()
 * options (t() returns the Chinese literal type; at run time it is the current language's text).
 * resources.ts types `en` as Widen<typeof zh>, so English has exactly the same keys.
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
    /** A string's {{variables}} must be passed: `t('app.loadError')` without `{ message }` fails. */
    strictInterpolationChecks: true;
  }
}
