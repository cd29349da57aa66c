import { Info } from 'lucide-react';
import { Field } from '../../ui/field';
import { Switch } from '../../ui/switch';
import { bindText, settingInputId, type SettingsFieldsProps } from './field-binding';
import { SettingsSection } from './settings-section';

function TipPresets({ form, errors, onChange }: SettingsFieldsProps) {
  const groupError = errors.tipPresetsBps;
  return (
    <fieldset
      disabled={!form.tipsEnabled}
      aria-describedby={groupError ? 'tip-presets-error' : 'tip-presets-hint'}
      className="flex flex-col gap-3 disabled:opacity-60"
    >
      <legend className="mb-1 text-base font-semibold text-ink">Tip buttons on the till</legend>
      <div className="grid grid-cols-4 gap-4">
        {form.tipPresetsBps.map((text, box) => (
          <Field
            key={box}
            id={settingInputId(`tipPresetsBps.${box}`)}
            label={`Tip ${box + 1} (%)`}
            inputMode="decimal"
            value={text}
            error={errors[`tipPresetsBps.${box}`]}
            onChange={(event) =>
              onChange({
                ...form,
                tipPresetsBps: form.tipPresetsBps.map((value, index) => (index === box ? event.target.value : value)),
              })
            }
            className="tabular"
          />
        ))}
      </div>
      {groupError ? (
        <p id="tip-presets-error" className="text-sm text-danger">
          {groupError}
        </p>
      ) : (
        <p id="tip-presets-hint" className="text-sm text-ink-muted">
          {form.tipsEnabled
            ? 'Up to four buttons, in the order shown. Leave a box empty for fewer.'
            : 'Turn tips on to change the buttons.'}
        </p>
      )}
    </fieldset>
  );
}

export function PaymentFields(props: SettingsFieldsProps) {
  const { form, onChange } = props;
  return (
    <SettingsSection
      id="payments"
      title="Payments"
      description={
        <>
          <p>Tips, the service charge, and how far cashiers can go before the till asks for a manager’s PIN.</p>
          <p>Percentages are typed as numbers: 12.5 means 12.5 %.</p>
        </>
      }
    >
      <Switch
        id={settingInputId('tipsEnabled')}
        label="Ask for a tip"
        hint="The till shows tip buttons before taking payment."
        checked={form.tipsEnabled}
        onChange={(tipsEnabled) => onChange({ ...form, tipsEnabled })}
      />
      <TipPresets {...props} />

      <div className="flex flex-col gap-3 border-t border-line pt-6">
        <Field
          label="Service charge (%)"
          inputMode="decimal"
          placeholder="0"
          className="tabular w-56"
          {...bindText(props, 'serviceChargeBps')}
        />
        <p className="flex gap-3 rounded-tile bg-brand-soft p-4 text-base text-ink">
          <Info aria-hidden className="mt-0.5 size-5 shrink-0 text-brand" />
          <span>
            UK law does not allow a surcharge for paying by card, so a service charge is added to every bill, however
            the customer pays. It is optional for the customer: take it off if they ask. Leave it at 0 for none.
          </span>
        </p>
      </div>

      <fieldset className="flex flex-col gap-3 border-t border-line pt-6">
        <legend className="float-left mb-1 text-base font-semibold text-ink">Cashier limits</legend>
        <p className="clear-left text-sm text-ink-muted">Above these, the till asks for a manager’s PIN.</p>
        <div className="grid grid-cols-3 gap-4">
          <Field
            label="Cashier discount limit (%)"
            inputMode="decimal"
            hint="Bigger discounts need a manager."
            className="tabular"
            {...bindText(props, 'cashierDiscountLimitBps')}
          />
          <Field
            label="Cashier refund limit (£)"
            inputMode="decimal"
            hint="0.00 means every refund needs a manager."
            className="tabular"
            {...bindText(props, 'cashierRefundLimitPence')}
          />
          <Field
            label="Drawer variance limit (£)"
            inputMode="decimal"
            hint="A drawer counted further over or short needs a manager."
            className="tabular"
            {...bindText(props, 'cashVarianceLimitPence')}
          />
        </div>
      </fieldset>
    </SettingsSection>
  );
}
