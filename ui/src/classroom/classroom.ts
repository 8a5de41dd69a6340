// Classroom mode: the teaching preset with a few big levers. Each lever maps
// to a change in the scenario document; the engine then runs in the browser.
import type { RiskShareRule, RiskShareSpec, Scenario } from '../../../engine/index.ts';

export interface ClassroomSettings {
  /** Savings target of the largest plan (the preset's 4.5%); the other trusts' plans scale with it. */
  readonly efficiencyTarget: number;
  /** Most likely pay award; the range keeps the preset's shape (1 point below to 2 above). */
  readonly payAward: number;
  readonly riskShareRule: RiskShareRule;
  /** Acute beds closed at the start of the year (needs the bed model). */
  readonly bedCuts: number;
  /**
   * £m a year moved between acute beds and home care (needs a bed trust whose patients wait for
   * home care): above 0 protects social care (beds closed, their cost paid to the council for more
   * packages), below 0 protects acute beds (packages cut, their cost paid to the trust for more beds).
   */
  readonly careOrBeds: number;
}

export const RULE_CHOICES: ReadonlyArray<{ value: RiskShareRule; label: string; spec: RiskShareSpec }> = [
  { value: 'none', label: 'Each for itself', spec: { rule: 'none' } },
  { value: 'surplusCoversDeficit', label: 'Surplus covers deficit', spec: { rule: 'surplusCoversDeficit', surplusShare: 0.5 } },
  { value: 'proRata', label: 'Share it pro rata', spec: { rule: 'proRata' } },
  { value: 'collarAndCap', label: 'Collar £2m, cap £6m', spec: { rule: 'collarAndCap', collar: 2, cap: 6 } },
  { value: 'contingencyReserve', label: 'Central reserve £10m', spec: { rule: 'contingencyReserve', reserve: 10, remainder: 'returnProRata' } },
];

const PAY_BELOW = 0.01;
const PAY_ABOVE = 0.02;

/** The reference plan: the largest acute trust's (the first organisation with a CIP of the largest base). */
function referencePlan(document: Scenario): number {
  for (const organisation of document.systems[0]?.organisations ?? []) {
    if (organisation.kind === 'acute' && typeof organisation.cip?.plan === 'number') return organisation.cip.plan;
  }
  return 0.045;
}

/** The levers where the preset sets them, so the page opens on the preset itself. */
export function settingsOf(document: Scenario): ClassroomSettings {
  const pay = document.drivers?.payAward;
  const payAward = typeof pay === 'number' ? pay : pay && typeof pay === 'object' && 'mode' in pay && typeof pay.mode === 'number' ? pay.mode : 0.035;
  return {
    efficiencyTarget: referencePlan(document),
    payAward,
    riskShareRule: document.systems[0]?.riskShare?.rule ?? 'none',
    bedCuts: 0,
    careOrBeds: 0,
  };
}

/** The trade-off between acute beds and home care, as the classroom's lever moves it: what £1m a year buys of each. */
export interface CareOrBedsTrade {
  readonly trustId: string;
  readonly councilId: string;
  readonly serviceIndex: number;
  /** Beds that £1m a year keeps open: £1m ÷ (cost per bed day × 365). */
  readonly bedsPerMillion: number;
  /** Home care packages £1m a year buys: £1m ÷ (weekly cost × 52), at the baseline weekly cost. */
  readonly packagesPerMillion: number;
}

/** The preset's trade-off, or undefined when no bed trust's patients wait for a council's home care with a capacity (both written as numbers). */
export function careOrBedsTrade(document: Scenario): CareOrBedsTrade | undefined {
  const system = document.systems[0];
  if (!system) return undefined;
  for (const organisation of system.organisations) {
    const beds = organisation.kind === 'acute' && 'beds' in organisation ? organisation.beds : undefined;
    if (!beds || typeof beds.costPerBedDayPounds !== 'number') continue;
    for (const wait of beds.delayedDischarge?.waitsForCare ?? []) {
      const serviceIndex = (system.careServices ?? []).findIndex((service) => service.id === wait.service);
      const service = system.careServices?.[serviceIndex];
      if (!service || service.kind !== 'homeCare' || service.council === undefined || typeof service.capacity !== 'number' || typeof service.weeklyCost !== 'number') continue;
      return { trustId: organisation.id, councilId: service.council, serviceIndex, bedsPerMillion: 1e6 / (beds.costPerBedDayPounds * 365), packagesPerMillion: 1e6 / (service.weeklyCost * 52) };
    }
  }
  return undefined;
}

/** The beds and packages a lever position moves (beds closed or opened, packages added or cut), in whole numbers. */
export function careOrBedsMoves(trade: CareOrBedsTrade, millions: number): { beds: number; packages: number } {
  return { beds: Math.round(Math.abs(millions) * trade.bedsPerMillion), packages: Math.round(Math.abs(millions) * trade.packagesPerMillion) };
}

/** Whether the scenario has beds to cut (the bed model, issue 3). */
export function hasBeds(document: Scenario): boolean {
  return document.systems.some((system) => system.organisations.some((organisation) => organisation.kind === 'acute' && 'beds' in organisation && organisation.beds !== undefined));
}

/** The preset with the levers applied (a new document; the preset is untouched). */
export function applySettings(preset: Scenario, settings: ClassroomSettings): Scenario {
  const document = structuredClone(preset);
  const scale = settings.efficiencyTarget / referencePlan(preset);
  for (const system of document.systems) {
    for (const organisation of system.organisations) {
      if (organisation.cip && typeof organisation.cip.plan === 'number') organisation.cip.plan = Number((organisation.cip.plan * scale).toFixed(5));
    }
  }
  if (document.drivers?.payAward !== undefined) {
    const mode = settings.payAward;
    // Rounded so the preset's own 2.5%, 3.5%, 5.5% come back exactly.
    const round = (value: number) => Number(value.toFixed(6));
    document.drivers.payAward = { dist: 'triangular', min: round(Math.max(0, mode - PAY_BELOW)), mode: round(mode), max: round(mode + PAY_ABOVE) };
  }
  const rule = RULE_CHOICES.find((choice) => choice.value === settings.riskShareRule);
  if (rule && document.systems[0]) document.systems[0].riskShare = structuredClone(rule.spec);
  if (settings.bedCuts > 0 && hasBeds(document)) {
    const trust = document.systems[0].organisations.find((organisation) => organisation.kind === 'acute' && 'beds' in organisation);
    if (trust) {
      const interventions = (document.interventions ?? []) as unknown as Array<Record<string, unknown>>;
      interventions.push({ kind: 'closeBeds', name: 'Classroom bed cut', organisation: trust.id, beds: settings.bedCuts });
      (document as { interventions?: unknown }).interventions = interventions;
    }
  }
  const trade = careOrBedsTrade(document);
  if (settings.careOrBeds !== 0 && trade) {
    const { beds, packages } = careOrBedsMoves(trade, settings.careOrBeds);
    const protectCare = settings.careOrBeds > 0;
    const service = document.systems[0].careServices![trade.serviceIndex];
    service.capacity = Math.max(0, (service.capacity as number) + (protectCare ? packages : -packages));
    const interventions = (document.interventions ?? []) as unknown as Array<Record<string, unknown>>;
    interventions.push(
      { kind: protectCare ? 'closeBeds' : 'openBeds', name: protectCare ? 'Classroom: beds closed for social care' : 'Classroom: beds opened from social care', organisation: trade.trustId, beds },
      {
        kind: 'budgetTransfer',
        name: protectCare ? 'Classroom: bed money to home care' : 'Classroom: home care money to beds',
        fromOrganisation: protectCare ? trade.trustId : trade.councilId,
        toOrganisation: protectCare ? trade.councilId : trade.trustId,
        amount: Math.abs(settings.careOrBeds),
      },
    );
    (document as { interventions?: unknown }).interventions = interventions;
  }
  return document;
}

/** The plan each trust ends up with, for the words under the slider. */
export function plansAfter(preset: Scenario, settings: ClassroomSettings): Array<{ name: string; plan: number }> {
  const document = applySettings(preset, settings);
  return document.systems.flatMap((system) =>
    system.organisations.filter((organisation) => typeof organisation.cip?.plan === 'number').map((organisation) => ({ name: organisation.name, plan: organisation.cip!.plan as number })),
  );
}
