// The builder's balance check: each organisation's central-case position
// against its control total as the scenario is edited, so a trust added
// without funding from its ICB shows at once as a shortfall.
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { compileModel, planPositions } from '../../engine/index.ts';
import { organisationTemplate } from '../../ui/src/builder/organisation-template.ts';
import { newScenarioTemplate } from '../../ui/src/builder/template.ts';
import { formatSignedMoney } from '../../ui/src/lib/format.ts';
import { pagePerTest, screenshot, seriousViolations } from './browser.ts';

const baseUrl = inject('baseUrl');
let page: Page;

pagePerTest((opened) => (page = opened));

const panel = () => page.locator('section.plan-check');

describe('the plan position in the builder', () => {
  test('a new scenario balances; adding a trust its ICB does not fund shows the ICB short by what the engine computes, at once', async () => {
    await page.goto(`${baseUrl}/scenarios/new`);
    await expect.poll(() => panel().innerText(), { timeout: 15_000 }).toContain('Every organisation and system meets its control total in every year of the plan.');

    await page.locator('nav.outline').getByRole('button', { name: 'My ICS' }).click();
    await page.getByPlaceholder('e.g. Northgate Hospitals NHS FT').fill('Northgate Hospital');
    await page.getByRole('button', { name: 'Add an organisation' }).click();

    // The same scenario built in Node: the engine's own figure for the ICB, which now pays a second contract from the same pot.
    const document = newScenarioTemplate();
    document.systems[0].organisations.push(organisationTemplate('acute', 'northgate-hospital', 'Northgate Hospital', 'my-icb'));
    const positions = planPositions(compileModel(document), document.simulation?.seed ?? 1);
    const icb = positions.find((position) => position.id === 'my-icb')!.years[0];
    expect(icb.variance).toBeLessThan(-90); // £100m of new contract against about £5m of headroom
    await expect.poll(() => panel().innerText(), { timeout: 15_000 }).toContain(`My ICB: ${formatSignedMoney(icb.variance)} in 2025/26`);

    await panel().getByText("Every organisation's position against its control total").click();
    const row = panel().getByRole('row', { name: /Northgate Hospital/ });
    const northgate = positions.find((position) => position.id === 'northgate-hospital')!.years[0];
    expect(await row.innerText()).toContain(formatSignedMoney(northgate.variance));
    await screenshot(page, '44-builder-plan-check');
    expect(await seriousViolations(page)).toEqual([]);

    // Funding it from a larger pot puts the ICB back in balance.
    await page.locator('nav.outline').getByRole('button', { name: 'My ICS' }).click();
    await page.locator('[data-path="systems[0].allocation.baseline"] input').fill('1100');
    await expect.poll(() => panel().innerText(), { timeout: 15_000 }).toContain('Every organisation and system meets its control total');
  });
});
