/**
 * For a disabled button whose label says why ("Milk: choose 1"): readable at full contrast on a
 * neutral fill, instead of the usual faded brand colour.
 */
export const BLOCKED_BUTTON_CLASS = 'disabled:bg-surface-sunken disabled:text-ink disabled:opacity-100!';
