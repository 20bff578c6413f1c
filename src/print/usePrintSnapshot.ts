import { useEffect } from 'react';
import { getMap } from '../map/mapInstance';
import { mapSnapshot } from './snapshot';

/**
 * Printing: a WebGL canvas prints blank without `preserveDrawingBuffer`, so before printing the map is drawn
 * into an <img> over it (the print stylesheet shows the image and hides the canvas); after printing it goes.
 */
export function usePrintSnapshot(label: string): void {
  useEffect(() => {
    let img: HTMLImageElement | null = null;
    const before = () => {
      const map = getMap();
      if (!map) return;
      img?.remove();
      img = document.createElement('img');
      img.className = 'map-print-snapshot';
      img.alt = label;
      img.src = mapSnapshot(map);
      map.getContainer().appendChild(img);
    };
    const after = () => {
      img?.remove();
      img = null;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      after();
    };
  }, [label]);
}
