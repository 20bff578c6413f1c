/** The offline basemap's ground: a plain background, hidden under an online basemap's tiles. */
import { isOnline, type LayerModule } from './common';
import { inSlot } from './slots';

export const BACKGROUND_LAYER = 'background';

export const background: LayerModule = {
  name: 'background',
  sources: () => ({}),
  layers: (o) =>
    inSlot('background', [
      {
        id: BACKGROUND_LAYER,
        type: 'background',
        paint: { 'background-color': isOnline(o) ? '#dde3ea' : '#eef1f4' },
      },
    ]),
};
