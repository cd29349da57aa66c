import { Field } from '../../ui/field';
import { bindText, type SettingsFieldsProps } from './field-binding';
import { SettingsSection } from './settings-section';

/** Colour and word together, as the kitchen screen shows them. */
function AgeKey({ swatch, word, when }: { swatch: string; word: string; when: string }) {
  return (
    <li className="flex items-center gap-2">
      <span aria-hidden className={`size-4 rounded ${swatch}`} />
      <span>
        <strong className="font-semibold text-ink">{word}</strong> {when}
      </span>
    </li>
  );
}

const minutes = (text: string) => `${text.trim() || '…'} min`;

export function KitchenFields(props: SettingsFieldsProps) {
  const { form } = props;
  return (
    <SettingsSection
      id="kitchen"
      title="Kitchen"
      description={<p>How old a ticket gets before the kitchen screen colours its header.</p>}
      aside={
        <ul aria-label="Ticket colours" className="flex flex-col gap-1 text-base text-ink-muted">
          <AgeKey swatch="bg-age-ok" word="Green" when={`until ${minutes(form.ticketWarnMinutes)}`} />
          <AgeKey swatch="bg-age-warn" word="Amber" when={`from ${minutes(form.ticketWarnMinutes)}`} />
          <AgeKey swatch="bg-age-late" word="Red" when={`from ${minutes(form.ticketLateMinutes)}`} />
        </ul>
      }
    >
      <div className="grid grid-cols-2 gap-4">
        <Field
          label="Amber after (minutes)"
          inputMode="numeric"
          hint="The ticket is getting old."
          className="tabular"
          {...bindText(props, 'ticketWarnMinutes')}
        />
        <Field
          label="Red after (minutes)"
          inputMode="numeric"
          hint="The ticket is late. Must be after amber."
          className="tabular"
          {...bindText(props, 'ticketLateMinutes')}
        />
      </div>
    </SettingsSection>
  );
}

function describeSeconds(text: string) {
  if (!/^\d+$/.test(text.trim())) return 'Untouched this long, a till goes back to the PIN pad.';
  const seconds = Number(text.trim());
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const spoken = minutes ? `${minutes} min${rest ? ` ${rest} s` : ''}` : `${seconds} s`;
  return `${spoken} untouched and a till goes back to the PIN pad.`;
}

export function TillFields(props: SettingsFieldsProps) {
  return (
    <SettingsSection
      id="till"
      title="Till"
      description={<p>Keeps a till from being used under someone else’s name when it is left alone.</p>}
    >
      <Field
        label="Lock after (seconds)"
        inputMode="numeric"
        hint={describeSeconds(props.form.tillIdleLockSeconds)}
        className="tabular max-w-md"
        {...bindText(props, 'tillIdleLockSeconds')}
      />
    </SettingsSection>
  );
}
