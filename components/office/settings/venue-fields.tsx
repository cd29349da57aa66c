import { Field } from '../../ui/field';
import { TextAreaField } from '../../ui/text-area-field';
import { bindText, type SettingsFieldsProps } from './field-binding';
import { SettingsSection } from './settings-section';

/** How the top and bottom of a receipt will read, as the manager types. */
function ReceiptPreview({ form }: Pick<SettingsFieldsProps, 'form'>) {
  const address = [form.addressLine1, form.addressLine2, form.city, form.postcode].map((p) => p.trim()).filter(Boolean);
  return (
    <figure className="flex flex-col gap-1 rounded-tile border border-dashed border-line bg-surface-raised p-4 text-center text-sm text-ink">
      <figcaption className="pb-1 text-left text-xs font-semibold uppercase tracking-wide text-ink-muted">
        Receipt preview
      </figcaption>
      <p className="text-base font-bold">{form.name.trim() || 'Venue name'}</p>
      {address.length ? <p className="text-ink-muted">{address.join(', ')}</p> : null}
      {form.phone.trim() ? <p className="text-ink-muted">{form.phone.trim()}</p> : null}
      {form.vatNumber.trim() ? <p className="text-ink-muted">VAT no. {form.vatNumber.trim()}</p> : null}
      <hr aria-hidden className="my-1 border-dashed border-line" />
      <p className="text-ink-muted">… items and totals …</p>
      {form.receiptFooter.trim() ? <p className="whitespace-pre-line pt-1">{form.receiptFooter.trim()}</p> : null}
    </figure>
  );
}

export function VenueFields(props: SettingsFieldsProps) {
  return (
    <SettingsSection
      id="venue"
      title="Venue & receipt"
      description={<p>Printed at the top of every receipt, on paper and on the customer’s phone.</p>}
      aside={<ReceiptPreview form={props.form} />}
    >
      <Field label="Venue name" maxLength={80} autoComplete="organization" {...bindText(props, 'name')} />
      <div className="grid grid-cols-2 gap-4">
        <Field
          label="Address line 1"
          maxLength={120}
          autoComplete="address-line1"
          {...bindText(props, 'addressLine1')}
        />
        <Field
          label="Address line 2 (optional)"
          maxLength={120}
          autoComplete="address-line2"
          {...bindText(props, 'addressLine2')}
        />
        <Field label="Town or city" maxLength={80} autoComplete="address-level2" {...bindText(props, 'city')} />
        <Field label="Postcode" maxLength={12} autoComplete="postal-code" {...bindText(props, 'postcode')} />
        <Field label="Phone" type="tel" maxLength={30} autoComplete="tel" {...bindText(props, 'phone')} />
        <Field label="VAT number" maxLength={20} placeholder="GB123456789" {...bindText(props, 'vatNumber')} />
      </div>
      <TextAreaField
        label="Receipt footer"
        maxLength={200}
        rows={2}
        placeholder="Thank you — see you soon!"
        hint="Printed at the bottom of every receipt. Up to 200 characters."
        {...bindText(props, 'receiptFooter')}
      />
    </SettingsSection>
  );
}
