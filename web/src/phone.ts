/**
 * The phone layout (styles.css, max-width 700px): the map fills the first screen, the legend and
 * filters fold away, the details are a sheet over the map. The few things the script does
 * differently there ask here.
 */
const PHONE = '(max-width: 700px)';

export const isPhone = (): boolean => matchMedia(PHONE).matches;

/** Calls `f` now and whenever the window crosses the phone width. */
export function watchPhone(f: (phone: boolean) => void): void {
  const query = matchMedia(PHONE);
  f(query.matches);
  query.addEventListener('change', () => f(query.matches));
}
