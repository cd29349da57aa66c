import { X } from 'lucide-react';
import type { ReactNode } from 'react';

/** The back office's edit panel: slides over the right of the page, one form at a time. */
export function SidePanel({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  return (
    <div className="fixed inset-0 z-40 flex justify-end bg-ink/30" onClick={onClose}>
      <aside
        role="dialog"
        aria-modal="true"
        aria-label={title}
        className="flex h-full w-full max-w-lg flex-col gap-5 overflow-y-auto bg-surface-raised p-6 shadow-sheet"
        onClick={(event) => event.stopPropagation()}
      >
        <header className="flex items-center justify-between">
          <h2 className="text-2xl font-bold text-ink">{title}</h2>
          <button
            type="button"
            onClick={onClose}
            aria-label="Close"
            className="flex size-11 items-center justify-center rounded-tile hover:bg-surface-sunken"
          >
            <X aria-hidden className="size-6" />
          </button>
        </header>
        {children}
      </aside>
    </div>
  );
}
