/**
 * Named slots order the style's layers, bottom to top. A layer module says which slot each layer goes in;
 * the composition sorts by slot, so a new module (an analysis overlay, say) never has to know the ids of
 * the layers around it.
 */
import type { LayerSpecification } from 'maplibre-gl';

export const SLOTS = ['background', 'basemap', 'districts', 'overlays', 'metro', 'projects', 'labels'] as const;
export type Slot = (typeof SLOTS)[number];

export type SlottedLayer = LayerSpecification & { metadata: { slot: Slot } };

export const inSlot = (slot: Slot, layers: LayerSpecification[]): SlottedLayer[] =>
  layers.map((l) => ({ ...l, metadata: { ...(l.metadata as object | undefined), slot } }));

export const slotOf = (l: LayerSpecification): Slot | undefined => (l.metadata as { slot?: Slot } | undefined)?.slot;

/** Layers in slot order; layers of one slot keep the order their module gave them. */
export function bySlot(layers: SlottedLayer[]): SlottedLayer[] {
  return layers
    .map((l, i) => ({ l, i, s: SLOTS.indexOf(l.metadata.slot) }))
    .sort((a, b) => a.s - b.s || a.i - b.i)
    .map((x) => x.l);
}
