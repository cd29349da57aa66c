import { apiSignIn, DEMO, expect, snap, tapPin, test, VIEWPORTS } from '../fixtures';

test.describe('floor plan (office on a desktop, till on an iPad)', () => {
  test.use({ viewport: VIEWPORTS.ipad, hasTouch: true });

  test('office: a manager drags a table on the floor plan and the till draws it there, round', async ({
    pairedTill: till,
    browser,
  }) => {
    const office = await browser.newContext({ viewport: VIEWPORTS.desktop, baseURL: test.info().project.use.baseURL });
    const page = await office.newPage();
    await apiSignIn(page.request, 'password', DEMO.manager);
    await page.goto('/office/floor');
    await expect(page.getByRole('heading', { name: 'Floor plan', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Floor plan' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('tab', { name: 'Inside' })).toHaveAttribute('aria-selected', 'true');
    await snap(page, 'office-floor-desktop');
    // Saving…, Saved or Not saved, beside the Add table button.
    const saveStatus = page.getByRole('main').getByRole('status');

    // A new area of its own (so no other test's table is in the way), and a table on it.
    const areaName = `Patio ${test.info().retry}-${Date.now() % 100_000}`;
    await page.getByRole('button', { name: 'Add area' }).click();
    const sheet = page.getByRole('dialog', { name: 'Add an area' });
    await sheet.getByLabel('Area name').fill(areaName);
    await sheet.getByRole('button', { name: 'Add area' }).click();
    await expect(sheet).toBeHidden();
    await expect(page.getByRole('tab', { name: areaName })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('button', { name: 'Add table' }).click();
    const table = page.getByRole('button', { name: /, 2 seats, square, column 1, row 1\./ });
    await expect(table).toBeVisible();
    await expect(saveStatus).toHaveText('Saved');
    const tableName = (
      await page
        .getByRole('complementary', { name: /^Edit / })
        .getByRole('heading')
        .innerText()
    ).trim();

    // The till shows the new area, the table top left.
    await till.goto('/till');
    await tapPin(till, DEMO.cashier.pin);
    await till.getByRole('button', { name: 'Tables', exact: true }).click();
    await till.getByRole('tab', { name: areaName }).click();
    const tile = till.getByRole('button', { name: new RegExp(`^${tableName}, 2 seats, free`) });
    await expect(tile).toHaveCSS('grid-column-start', '1');

    // Drag it three cells right and two down with the mouse: it snaps to the grid and saves on drop.
    const grid = page.getByRole('group', { name: new RegExp(`^${areaName} floor plan`) });
    const gridBox = (await grid.boundingBox())!;
    const box = (await table.boundingBox())!;
    const cell = { width: gridBox.width / 12, height: gridBox.height / 8 };
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + cell.width * 1.5, start.y + cell.height, { steps: 4 });
    await page.mouse.move(start.x + cell.width * 3.1, start.y + cell.height * 2.2, { steps: 4 });
    await page.mouse.up();
    const moved = page.getByRole('button', { name: /column 4, row 3\./ });
    await expect(moved).toBeVisible();
    await expect(saveStatus).toHaveText('Saved');

    // Arrow keys move the selected table one cell; the side panel makes it round.
    await moved.press('ArrowRight');
    await expect(page.getByRole('button', { name: /square, column 5, row 3\./ })).toBeVisible();
    await expect(saveStatus).toHaveText('Saved');
    await page.getByLabel('Shape').selectOption('ROUND');
    await expect(page.getByRole('button', { name: /round, column 5, row 3\./ })).toBeVisible();
    await expect(saveStatus).toHaveText('Saved');
    await snap(page, 'office-floor-editing-desktop');

    // The till, left open, redraws as the office saves: same cell, round.
    await expect(tile).toHaveCSS('grid-column-start', '5');
    await expect(tile).toHaveCSS('grid-row-start', '3');
    await expect(tile).toHaveAttribute('data-shape', 'ROUND');
    await snap(till, 'till-tables-floor-plan-ipad');

    // A move onto another table is refused, said, and the table goes back.
    await page.getByRole('button', { name: 'Add table' }).click();
    await expect(page.getByRole('button', { name: /square, column 1, row 1\./ })).toBeVisible();
    const second = page.getByRole('button', { name: /square, column 1, row 1\./ });
    const secondBox = (await second.boundingBox())!;
    await page.mouse.move(secondBox.x + secondBox.width / 2, secondBox.y + secondBox.height / 2);
    await page.mouse.down();
    await page.mouse.move(
      secondBox.x + secondBox.width / 2 + cell.width * 4,
      secondBox.y + secondBox.height / 2 + cell.height * 2,
      {
        steps: 5,
      },
    );
    await page.mouse.up();
    await expect(
      page.getByText(/Table \d+ is back where it was\. Table \d+ is already there\. Pick a free spot\./),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: /square, column 1, row 1\./ })).toBeVisible();

    // The same page on the iPad.
    await page.setViewportSize(VIEWPORTS.ipad);
    await snap(page, 'office-floor-ipad');
    await office.close();
  });
});
