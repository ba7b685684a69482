import { useEffect, useState } from 'react';

function readRemPixels(): number {
  return Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/**
 * Pixels in one rem. The theme scales the root font with the window's width (bigger on a
 * projector), so it is read once and again on resize, never per row: the virtualizer asks for
 * an estimate of every item's size.
 */
export function useRemPixels(): number {
  const [pixels, setPixels] = useState(readRemPixels);
  useEffect(() => {
    const update = () => setPixels(readRemPixels());
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return pixels;
}
