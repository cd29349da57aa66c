'use client';

import { useState } from 'react';
import { amountFromText } from '@/lib/client/amount-entry';
import { useOpenDrawer } from '@/lib/client/use-cash-drawer';
import { useIsOffline } from '@/lib/client/use-is-offline';
import { formatPence } from '@/lib/domain/money';
import { AmountPad } from '../ui/amount-pad';
import { Button } from '../ui/button';
import { ChoiceButton } from '../ui/choice-button';
import { Notice } from '../ui/notice';
import { Sheet } from '../ui/sheet';
import { BLOCKED_BUTTON_CLASS } from './styles';

const FLOATS_PENCE = [5000, 10000, 15000, 20000] as const;

/** No drawer open on this till: count the float in and open it. */
export function DrawerOpen({ onClose }: { onClose: () => void }) {
  const [text, setText] = useState('');
  const open = useOpenDrawer();
  const isOffline = useIsOffline();
  const floatPence = amountFromText(text);
  return (
    <Sheet
      title="Open the cash drawer"
      subtitle="Count the float into the drawer first"
      onClose={onClose}
      footer={
        <Button
          size="xl"
          className={`w-full ${BLOCKED_BUTTON_CLASS}`}
          disabled={floatPence === null || isOffline}
          busy={open.isPending}
          onClick={() => floatPence !== null && open.run({ floatPence })}
        >
          <span className="tabular">
            {isOffline
              ? 'Opening a drawer needs the connection'
              : floatPence === null
                ? 'Choose the float'
                : `Open drawer with ${formatPence(floatPence)}`}
          </span>
        </Button>
      }
    >
      <div className="grid grid-cols-[1fr_320px] gap-6">
        <div className="flex flex-col gap-3">
          <h3 className="text-xl font-bold text-ink">Float</h3>
          <div role="radiogroup" aria-label="Float" className="grid grid-cols-2 gap-2">
            {FLOATS_PENCE.map((pence) => (
              <ChoiceButton
                key={pence}
                kind="radio"
                selected={floatPence === pence}
                onSelect={() => setText(String(pence / 100))}
                className="tabular min-h-16 text-2xl"
              >
                {formatPence(pence)}
              </ChoiceButton>
            ))}
          </div>
          {open.error ? (
            <Notice tone="error">Not opened: {open.error.message}</Notice>
          ) : (
            <p className="text-base text-ink-muted">
              Cash taken on this till counts into this drawer until it is closed.
            </p>
          )}
        </div>
        <AmountPad label="Other float" text={text} onChange={setText} disabled={open.isPending} />
      </div>
    </Sheet>
  );
}
