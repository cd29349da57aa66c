import { redirect } from 'next/navigation';

/** Reports open on the day's figures. */
export default function ReportsPage() {
  redirect('/office/reports/z');
}
