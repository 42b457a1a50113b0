import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal confirmation in the page (native <dialog>: focus stays inside, Escape closes, the rest of
 * the page is inert). Never window.confirm: those block the page and cannot be styled or tested.
 */
export function Dialoog({
  open,
  titel,
  opSluiten,
  children,
  testid,
}: {
  readonly open: boolean;
  readonly titel: string;
  readonly opSluiten: () => void;
  readonly children: ReactNode;
  readonly testid?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titelId = useId();

  useEffect(() => {
    const dialoog = ref.current;
    if (!dialoog) return;
    if (open && !dialoog.open) {
      const vorigeFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialoog.showModal();
      return () => {
        if (dialoog.open) dialoog.close();
        vorigeFocus?.focus();
      };
    }
    return undefined;
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialoog"
      aria-labelledby={titelId}
      onCancel={(e) => {
        e.preventDefault();
        opSluiten();
      }}
      data-testid={testid}
    >
      {open && (
        <>
          <h2 id={titelId} className="dialoog__titel">
            {titel}
          </h2>
          {children}
        </>
      )}
    </dialog>
  );
}
