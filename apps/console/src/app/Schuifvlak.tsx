import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A wrapper that scrolls a wide table sideways (narrow screens, tablets). While its content is wider
 * than itself it is a named region in the tab order, so keyboard users can scroll it with the arrow
 * keys (WCAG 2.1.1; axe: scrollable-region-focusable); otherwise it is a plain div. The name is
 * `label`, else the caption of the table inside.
 */
export function Schuifvlak({
  className,
  label,
  children,
}: {
  readonly className: string;
  readonly label?: string;
  readonly children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [naam, setNaam] = useState<string | null>(null);

  useEffect(() => {
    const vlak = ref.current;
    if (!vlak) return undefined;
    const meet = () => {
      const schuift = vlak.scrollWidth > vlak.clientWidth + 1;
      const bijschrift = vlak.querySelector('caption')?.textContent?.trim();
      setNaam(schuift ? (label ?? (bijschrift || 'Tabel')) : null);
    };
    meet();
    const waarnemer = new ResizeObserver(meet);
    waarnemer.observe(vlak);
    for (const kind of vlak.children) waarnemer.observe(kind);
    return () => waarnemer.disconnect();
  }, [label, children]);

  return (
    <div
      ref={ref}
      className={className}
      role={naam === null ? undefined : 'region'}
      aria-label={naam ?? undefined}
      tabIndex={naam === null ? undefined : 0}
    >
      {children}
    </div>
  );
}
