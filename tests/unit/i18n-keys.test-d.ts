/**
 * Type-only test (compiled by `tsc` in `npm run check`, never run): translation keys are typed
 * (src/i18n/i18next.d.ts). Each `@ts-expect-error` line must fail to compile; if the typing were lost,
 * tsc would fail here on an unused `@ts-expect-error`.
 */
import type { TFunction } from 'i18next';
import { PRECISIONS, SECTORS, STATUSES } from '../../src/data/codes';
import type { resources } from '../../src/i18n/resources';

declare const t: TFunction;

// Existing keys compile and give a string.
export const ok: string[] = [
  t('app.title'),
  t('filters.search'), // not String.prototype.search (a key prefix union once made it so)
  t('exports.filtered', { count: 3 }), // from analysisStrings.ts
  ...SECTORS.map((s) => t(`sector.${s}`)),
  ...STATUSES.map((s) => t(`status.${s}`)),
  ...PRECISIONS.map((p) => t(`precision.${p}`)),
];

export const wrong = [
  // @ts-expect-error: no such key
  t('panel.nope'),
  // @ts-expect-error: no such group
  t('nope.title'),
  // @ts-expect-error: a group, not a string
  t('panel.areaKind'),
  // @ts-expect-error: strictKeyChecks: a default value does not excuse a wrong key
  t('panel.nope', 'fallback'),
];

// A template key compiles only if every member has a string: `near.level` has only town and district.
// @ts-expect-error: near.level.site and near.level.street do not exist
export const wrongTemplate = PRECISIONS.map((p) => t(`near.level.${p}`));
// …and an unconstrained string is never a key.
// @ts-expect-error: `sector.${string}` is not a key
export const wrongWide = (s: string) => t(`sector.${s}`);

// English has exactly the keys of Chinese (resources.ts types `en` as `typeof zh`).
type Zh = (typeof resources)['zh']['translation'];
type En = (typeof resources)['en']['translation'];
export const sameShape: [Zh, En] extends [En, Zh] ? true : false = true;
