'use client';

import { useState } from 'react';
import { ApiError } from '@/lib/client/api-error';
import { callApi } from '@/lib/client/call-api';
import type { TDevice } from '@/lib/schemas/devices';
import { Button } from '../ui/button';
import { Field } from '../ui/field';

/** The name cell while it is being edited: the new name, Save and Cancel, the server's refusal inline. */
export function RenameDeviceForm({
  device,
  onDone,
  onCancel,
}: {
  device: TDevice;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(device.name);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await callApi('renameDevice', { params: { id: device.id }, body: { name } });
      onDone();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not rename the device. Try again.');
      setBusy(false);
    }
  }

  return (
    <form className="flex flex-wrap items-end gap-2" onSubmit={(event) => void save(event)}>
      <Field
        label={`New name for ${device.name}`}
        value={name}
        maxLength={60}
        required
        autoFocus
        error={error}
        onChange={(event) => setName(event.target.value)}
      />
      <Button type="submit" busy={busy}>
        Save
      </Button>
      <Button type="button" variant="secondary" onClick={onCancel}>
        Cancel
      </Button>
    </form>
  );
}
