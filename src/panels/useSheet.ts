import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';

/** Heights (share of the viewport) a phone bottom sheet snaps to. */
const SNAPS = [0.3, 0.6, 0.9] as const;

function nearestSnap(share: number): number {
  return SNAPS.reduce((best, s) => (Math.abs(s - share) < Math.abs(best - share) ? s : best), SNAPS[1]);
}

/**
 * A draggable bottom sheet (phones): drag the handle, or use the arrow keys on it, to resize; it snaps to
 * 30 %, 60 % or 90 % of the screen. Returns the height to apply (null = the stylesheet's default).
 */
export function useSheet() {
  const [share, setShare] = useState<number | null>(null);
  const drag = useRef<{ y: number; h: number } | null>(null);

  const onPointerDown = useCallback((e: PointerEvent<HTMLElement>) => {
    const sheet = e.currentTarget.closest<HTMLElement>('.panel');
    if (!sheet) return;
    drag.current = { y: e.clientY, h: sheet.getBoundingClientRect().height };
    e.currentTarget.setPointerCapture(e.pointerId);
  }, []);
  const onPointerMove = useCallback((e: PointerEvent<HTMLElement>) => {
    if (!drag.current) return;
    const h = drag.current.h + (drag.current.y - e.clientY);
    setShare(Math.min(0.95, Math.max(0.15, h / window.innerHeight)));
  }, []);
  const onPointerUp = useCallback(() => {
    if (!drag.current) return;
    drag.current = null;
    setShare((s) => (s === null ? s : nearestSnap(s)));
  }, []);
  const onKeyDown = useCallback((e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    setShare((s) => {
      const i = SNAPS.indexOf(nearestSnap(s ?? SNAPS[1]) as (typeof SNAPS)[number]);
      return SNAPS[Math.max(0, Math.min(SNAPS.length - 1, i + (e.key === 'ArrowUp' ? 1 : -1)))]!;
    });
  }, []);

  return { share, handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp, onKeyDown } };
}
