import { formatPence } from '@/lib/domain/money';
import { formatBps } from '@/lib/domain/percent';

type VatBand = { rateBps: number; netPence: number; vatPence: number; grossPence: number };

/** The VAT included in a bill, by rate: net, VAT and gross per band (receipts, on screen and paper). */
export function VatTable({ bands, className = '' }: { bands: readonly VatBand[]; className?: string }) {
  return (
    <table className={`w-full tabular-nums ${className}`}>
      <caption className="text-left font-semibold">VAT included</caption>
      <thead>
        <tr>
          <th className="text-left font-normal">Rate</th>
          <th className="text-right font-normal">Net</th>
          <th className="text-right font-normal">VAT</th>
          <th className="text-right font-normal">Gross</th>
        </tr>
      </thead>
      <tbody>
        {bands.map((band) => (
          <tr key={band.rateBps}>
            <td>{formatBps(band.rateBps)}</td>
            <td className="text-right">{formatPence(band.netPence)}</td>
            <td className="text-right">{formatPence(band.vatPence)}</td>
            <td className="text-right">{formatPence(band.grossPence)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
