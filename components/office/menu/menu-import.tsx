'use client';

import { type ChangeEvent, useId, useState } from 'react';
import { ApiError } from '@/lib/client/api-error';
import { callApi } from '@/lib/client/call-api';
import { newId } from '@/lib/client/new-id';
import { useSaveMenu } from '@/lib/client/use-menu-admin';
import { MENU_CSV_COLUMNS, MENU_CSV_MAX_CHARACTERS } from '@/lib/domain/menu-csv';
import type { TImportMenuResponse } from '@/lib/schemas/menu-admin';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';

type Chosen = { name: string; csv: string; key: string; preview: TImportMenuResponse };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function summary(result: TImportMenuResponse): string {
  const parts = [
    plural(result.created, 'new item', 'new items'),
    plural(result.updated, 'changed item', 'changed items'),
    plural(result.unchanged, 'item unchanged', 'items unchanged'),
  ];
  if (result.categoriesCreated) parts.push(plural(result.categoriesCreated, 'new category', 'new categories'));
  return parts.join(' · ');
}

/**
 * Import the menu from a CSV file: choosing the file checks it (a dry run that writes nothing) and
 * shows what would change and every problem by row and column; "Apply import" then applies all of
 * it or none.
 */
export function MenuImport({ onDone }: { onDone: () => void }) {
  const inputId = useId();
  const save = useSaveMenu();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [applied, setApplied] = useState<TImportMenuResponse | null>(null);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setChosen(null);
    setApplied(null);
    setProblem(null);
    if (file.size > MENU_CSV_MAX_CHARACTERS)
      return setProblem(`${file.name} is larger than 512 KB. Split it into smaller files and import each.`);
    setChecking(true);
    try {
      const csv = await file.text();
      const preview = await callApi('importMenu', { body: { csv, dryRun: true } });
      // One key per file chosen: a double tap on Apply, or a retry after a lost answer, applies it once.
      setChosen({ name: file.name, csv, key: newId(), preview });
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'The file could not be read. Choose it again.');
    } finally {
      setChecking(false);
    }
  }

  async function apply() {
    if (!chosen) return;
    let answer: TImportMenuResponse | undefined;
    await save.mutateAsync(async () => {
      answer = await callApi('importMenu', { body: { csv: chosen.csv }, idempotencyKey: chosen.key });
    });
    if (!answer) return;
    // The menu may have changed since the preview (a station renamed): the answer lists why.
    if (answer.errors.length) setChosen({ ...chosen, key: newId(), preview: answer });
    else {
      setApplied(answer);
      setChosen(null);
    }
  }

  const preview = chosen?.preview;
  const hasErrors = Boolean(preview?.errors.length);
  const hasChanges = Boolean(preview && preview.created + preview.updated > 0);

  return (
    <div className="flex flex-col gap-5">
      <p className="text-base text-ink-muted">
        One row per item, with the columns {MENU_CSV_COLUMNS.join(', ')}. The easiest start is Export CSV: edit it in a
        spreadsheet and import it back. Items are matched by category and name; stations and modifier groups must
        already exist.
      </p>
      <div className="flex flex-col gap-2">
        <label htmlFor={inputId} className="text-base font-semibold text-ink">
          CSV file
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => void choose(event)}
          disabled={checking || save.isPending}
          className="min-h-11 rounded-tile border border-line bg-surface-raised p-2 text-base file:mr-3 file:min-h-11 file:rounded-tile file:border-0 file:bg-surface-sunken file:px-4 file:font-semibold"
        />
        {checking ? <p className="text-base text-ink-muted">Checking the file…</p> : null}
      </div>

      {problem ? <Notice tone="error">{problem}</Notice> : null}
      {applied ? <Notice tone="success">Imported. {summary(applied)}. Every till has the new menu.</Notice> : null}

      {chosen && preview ? (
        <section aria-label="What this file would do" className="flex flex-col gap-3">
          <h3 className="text-lg font-bold text-ink">{chosen.name}</h3>
          {hasErrors ? (
            <Notice tone="error">
              {plural(preview.errors.length, 'problem', 'problems')} in this file. Nothing has been imported: fix the
              file and choose it again.
            </Notice>
          ) : (
            <Notice tone={hasChanges ? 'info' : 'success'}>
              {hasChanges ? summary(preview) : `Nothing to change: ${summary(preview)}.`}
            </Notice>
          )}
          {hasErrors ? <ErrorTable errors={preview.errors} /> : null}
          {save.error ? (
            <Notice tone="error">
              {save.error instanceof ApiError ? save.error.message : 'The import failed. Try again.'}
            </Notice>
          ) : null}
          <div className="flex items-center justify-end gap-3">
            {!hasErrors && !hasChanges ? <span className="text-base text-ink-muted">Nothing to apply</span> : null}
            <Button
              size="lg"
              onClick={() => void apply().catch(() => undefined)}
              disabled={hasErrors || !hasChanges}
              busy={save.isPending}
            >
              Apply import
            </Button>
          </div>
        </section>
      ) : null}
      {applied ? (
        <div className="flex justify-end">
          <Button variant="secondary" size="lg" onClick={onDone}>
            Done
          </Button>
        </div>
      ) : null}
    </div>
  );
}

/** Every problem with the file, as a spreadsheet numbers its rows (the header is row 1). */
function ErrorTable({ errors }: { errors: TImportMenuResponse['errors'] }) {
  return (
    <div className="max-h-96 overflow-auto rounded-tile border border-line">
      <table className="w-full text-left text-base">
        <caption className="sr-only">Problems by row and column</caption>
        <thead className="sticky top-0 bg-surface-sunken text-sm text-ink-muted">
          <tr>
            <th scope="col" className="px-3 py-2">
              Row
            </th>
            <th scope="col" className="px-3 py-2">
              Column
            </th>
            <th scope="col" className="px-3 py-2">
              What is wrong
            </th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <tr key={index} className="border-t border-line">
              <td className="px-3 py-2 tabular-nums">{error.row}</td>
              <td className="px-3 py-2 font-mono text-sm">{error.column ?? '—'}</td>
              <td className="px-3 py-2">{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
