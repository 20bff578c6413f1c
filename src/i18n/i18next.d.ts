/**
 * Typed translation keys: `t('panel.nope')` is a type error, and a template key such as
 * `t(`sector.${s}`)` type-checks only if every sector has a string. English must have the same keys as
 * Chinese (resources.ts types `en` by the shape of `zh`).
 */
import 'i18next';
import type { resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['zh'];
  }
}
