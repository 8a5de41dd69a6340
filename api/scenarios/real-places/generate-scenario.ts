import type { IcbReference, ReferenceData, TrustBeds } from './reference-data.ts';
import { CALIBRATION, calibrateBeds, calibrationSeed } from './calibrate-beds.ts';
import { CONTRACT_UPLIFT, DELAYED_EXTRA_DAYS, ELECTIVE_CLINICAL_STAY_DAYS, EMERGENCY_CLINICAL_STAY_DAYS, MONTHLY_PROFILE, PLACE_FIGURES as F, WEEKDAY_PROFILE } from './place-figures.ts';

/** Which real place to write: one ICB by its ONS code, or all 42. */
export type PlaceSelection = { readonly icb: string } | { readonly england: true };

/** An ICB code that is not in the reference data. */
export class UnknownIcbError extends Error {}

const SITREP = 'https://www.england.nhs.uk/statistics/wp-content/uploads/sites/2/2025/09/202506-August-2025-beds-sitrep-data-provisionalversion-v2.xlsx';
const ALLOCATIONS = 'https://www.england.nhs.uk/publication/allocation-of-resources-2023-24-to-2024-25/';

/** Money in whole tenths of £m, so that a system's lines add up to its allocation exactly. */
const tenths = (pounds: number) => Math.round(pounds * 10);
const money = (inTenths: number) => (inTenths / 10).toFixed(1);
const thousands = (value: number) => value.toLocaleString('en-GB');
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const quote = (text: string) => JSON.stringify(text);

const percentTwo = (share: number) => `${(share * 100).toFixed(2)}%`;

const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on']);

/** "KING'S COLLEGE HOSPITAL NHS FOUNDATION TRUST" → "King's College Hospital NHS Foundation Trust". */
export function trustDisplayName(name: string): string {
  return name
    .toLowerCase()
    .split(' ')
    .map((word, index) => {
      if (word === 'nhs') return 'NHS';
      if (index > 0 && SMALL_WORDS.has(word)) return word;
      return word.replace(/(^|[-(])([a-z])/g, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
    })
    .join(' ');
}

/** The ICB's short name for its system: "NHS Dorset ICB" → "Dorset". */
function systemName(icb: IcbReference): string {
  return icb.name.replace(/^NHS /, '').replace(/ ICB$/, '');
}

/**
 * Writes a scenario (YAML text, with comments) for one real ICB or for all
 * of England from the reference data: each system's ICB with its 2024/25
 * allocation and population, its acute trusts with their August 2025 bed
 * bases and emergency demand calibrated to their occupied beds by Little's
 * law, a mental health trust, a community trust and the councils' adult
 * social care, all sharing national drivers (pay award, inflation, demand
 * growth, CIP delivery) over five years. Figures not in the data come from
 * {@link PLACE_FIGURES}, and the file says how each was set. Pure and
 * deterministic: the same reference data give the same text.
 *
 * @throws UnknownIcbError when the ICB code is not in the reference data
 */
export function generatePlaceScenario(reference: ReferenceData, selection: PlaceSelection): string {
  const code = 'icb' in selection ? selection.icb : undefined;
  const icbs = code === undefined ? [...reference.icbs].sort((a, b) => a.code.localeCompare(b.code)) : reference.icbs.filter((icb) => icb.code === code);
  if (icbs.length === 0) throw new UnknownIcbError(`no ICB with code ${code} in scenarios/reference/ics_reference.csv (codes run E54000008 to E54000062)`);
  const england = code === undefined;
  const trustsOf = (icb: IcbReference) => reference.trusts.filter((trust) => trust.icbCode === icb.code).sort((a, b) => a.code.localeCompare(b.code));
  const population = icbs.reduce((sum, icb) => sum + icb.population, 0);
  const allocation = icbs.reduce((sum, icb) => sum + tenths(icb.allocation), 0);
  const trustCount = icbs.reduce((sum, icb) => sum + trustsOf(icb).length, 0);
  const name = england ? 'England: all 42 systems' : `${systemName(icbs[0])} (real area)`;
  const lines = [
    ...header(england ? 'England: every one of the 42 Integrated Care Systems' : `${icbs[0].name} (${icbs[0].code})`),
    'schemaVersion: 1',
    `name: ${quote(name)}`,
    'description: >-',
    `  Generated from public data (scenarios/reference/): ${icbs.length === 1 ? 'one ICB' : `${icbs.length} ICBs`} with`,
    `  ${thousands(population)} registered patients and £${thousands(allocation / 10)}m of 2024/25 allocations, ${trustCount} acute`,
    '  trusts with their August 2025 general and acute beds, and for each system a mental',
    "  health trust, a community trust and the councils' adult social care, under shared",
    '  national pay, inflation, demand and efficiency risks, 2025/26 to 2029/30.',
    'horizon:',
    `  firstYear: ${F.firstYear}          # ${F.firstYear}/${String(F.firstYear + 1).slice(2)}, after the 2024/25 baseline of the allocations`,
    `  years: ${F.years}`,
    'simulation:',
    `  trials: ${england ? 200 : 1000}`,
    '  seed: 2025',
    '  bedModel: fast',
    '',
    ...drivers(),
    '',
    ...parameters(),
    '',
    'systems:',
    ...icbs.flatMap((icb) => system(icb, trustsOf(icb))),
  ];
  return `${lines.join('\n')}\n`;
}

function header(title: string): string[] {
  return [
    `# Real place: ${title}.`,
    '# Written by the scenario generator (npm run scenario; api/scenarios/real-places/)',
    '# from scenarios/reference/: edit the generator, not this file, to change',
    '# every place at once.',
    '#',
    '# Money in £ million, except figures named ...Pounds. The reference data give',
    "# each ICB's allocation and population and each acute trust's beds; every",
    "# other figure says below how it was set, citing the project's reference notes",
    '# (../shared/data/parameters.md, by section) or marked ASSUMPTION. Sources:',
    `# - allocations 2024/25: ${ALLOCATIONS}`,
    '#   registered population: https://github.com/nhsx/AIF_Allocation_Tool (data/2024_2025.csv)',
    `# - G&A beds, August 2025 (provisional): ${SITREP}`,
    '# - stays: https://www.health.org.uk/publications/long-reads/longer-hospital-stays-and-fewer-admissions',
    '# - delays: https://lowdownnhs.info/delayed-discharges/ and',
    '#   https://www.health.org.uk/publications/long-reads/why-are-delayed-discharges-from-hospital-increasing-seeing-the-bigger',
    '# - pay award: https://www.rcn.org.uk/Get-Involved/Campaign-with-us/Fair-Pay-for-Nursing/Nhs-england-pay-award-FAQ',
    '# - inflation against plan: https://nhsproviders.org/resources/what-do-trusts-need-to-help-them-to-deliver-the-202526-financial-reset',
    '# - efficiency delivered: https://www.england.nhs.uk/long-read/financial-performance-update-27-march-2025',
    '# - emergency admissions: https://reader.health.org.uk/emergency-admissions/part-one-what-are-the-pressures',
    '# - costs: https://eldaddp.azurewebsites.net/answeredquestions.text?title=House+of+Commons+Tabled+Parliamentary+Question+2022%2F23+165361',
    '#   and https://www.hfma.org.uk/news/healthcare-finance/news-item/reference-cost-data-published',
    '#',
    '# How the money is set: every body balances in 2024/25 (income = costs) and',
    "# its plan balances after: contracts, the allocation and the ICB's other",
    "# commissioning all grow by contractUplift, the plan's pay and price growth",
    '# less its efficiency (as the NHS Payment Scheme sets cost uplift less an',
    '# efficiency factor). Control totals are break-even (plans for 2025/26 were',
    '# balanced with deficit support, parameters.md B). What moves the results is',
    "# the national drivers against the plan, and each trust's beds: escalation",
    '# beds and patients above or below plan, which the plan does not fund.',
  ];
}

function drivers(): string[] {
  return [
    'drivers:',
    '  # Shared by every system: national risks, drawn afresh each year (perYear).',
    '  # Pay award: Agenda for Change rose 5.5% in 2024/25 (parameters.md D). The',
    '  # ASSUMPTION: 2% to 5.5%, most likely 3%: mean 3.5%, which the plan assumes.',
    '  payAward: { dist: triangular, min: 0.02, mode: 0.03, max: 0.055, perYear: true }',
    '  # Non-pay inflation: outturn ran above plan, 6.8% against 4.4% in 2022/23 and',
    '  # 6.1% against 2.5% in 2023/24 (parameters.md D), hence the long right tail.',
    '  # ASSUMPTION: 1.5% to 6.5%, most likely 2.5%: mean 3.5%, which the plan assumes.',
    '  inflation: { dist: triangular, min: 0.015, mode: 0.025, max: 0.065, perYear: true }',
    '  # Emergency demand growth: +2.4% in 2024/25, +6.4% in 2023/24, 3.2% a year',
    "  # over 2006/07-2017/18 (parameters.md D). Mean the plan's 2.4%, sd 1 point (ASSUMPTION).",
    `  demandGrowth: { dist: normal, mean: ${F.plannedDemandGrowth}, sd: 0.01, perYear: true }`,
    '  # Share of the efficiency plan delivered, one national climate for the run:',
    "  # about 94% of 2024/25's £9.3bn was delivered (parameters.md D). Beta(15, 1)",
    '  # has mean 0.94 and a 5-95% range of about 0.82 to 1 (ASSUMPTION on the spread).',
    '  cipDelivery: { dist: beta, alpha: 15, beta: 1 }',
  ];
}

function parameters(): string[] {
  return [
    'parameters:',
    "  # What the plans assume: the drivers' means, so that a plan is a fair bet",
    '  # on pay and prices (ASSUMPTION; real plans have often been more hopeful).',
    `  plannedPayAward: ${F.plannedPayAward}`,
    `  plannedInflation: ${F.plannedInflation}`,
    '  # The efficiency each plan asks for, a share of pay and non-pay each year.',
    "  # ASSUMPTION: 2%. Trusts' published CIPs are larger (about 5% of turnover in",
    '  # 2024/25, parameters.md D) because they also close underlying deficits and',
    '  # pay for growth, which this model leaves out; 2% is the part that nets off',
    '  # the uplift (annual gains above 1.5% are exceptional, domain.md).',
    `  cipPlan: ${F.cipPlan}`,
    `  # The uplift that balances the plan: pay ${F.providerPayShare * 100}% and non-pay ${100 - F.providerPayShare * 100}% of costs at the`,
    `  # planned rates, less the efficiency plan: ${(1 + F.providerPayShare * F.plannedPayAward + (1 - F.providerPayShare) * F.plannedInflation).toFixed(3)} x ${1 - F.cipPlan} - 1 = ${percentTwo(CONTRACT_UPLIFT)}. The plan counts on the`,
    '  # whole efficiency plan; cipDelivery says how much of it comes.',
    `  contractUplift: "(1 + ${F.providerPayShare} * plannedPayAward + ${Math.round((1 - F.providerPayShare) * 10) / 10} * plannedInflation) * (1 - cipPlan) - 1"`,
    '  # A standard G&A bed day cost £345 in 2020/21 (parameters.md D).',
    '  bedDayPounds: 345',
    '  # ASSUMPTION: an escalation bed day, staffed by bank and agency, costs 1.75 times that.',
    '  escalationBedDayPounds: 604',
    '  # Income per admission above or below plan: reference costs 2016/17, £1,590',
    '  # per non-elective and £3,684 per elective episode (parameters.md D; old).',
    '  emergencyIncomePounds: 1590',
    '  electiveIncomePounds: 3684',
    '  # ASSUMPTION: the marginal cost of one more emergency patient is half the income.',
    '  emergencyMarginalPounds: 795',
    `  # Stays: ${F.emergencyBedDaysPerAdmission} days a bed per emergency admission and ${F.electiveBedDaysPerAdmission} per elective (2022,`,
    `  # parameters.md D), of which the delay: ${percent(F.delayedShare)} of discharges are delayed`,
    `  # (December 2024) by ${F.delayedDaysPerPatient} days per patient on average in England (parameters.md E),`,
    `  # so a delayed patient waits ${F.delayedDaysPerPatient} / ${F.delayedShare} = ${DELAYED_EXTRA_DAYS} days and the clinical stays are`,
    `  # ${F.emergencyBedDaysPerAdmission} - ${F.delayedDaysPerPatient} = ${EMERGENCY_CLINICAL_STAY_DAYS.toFixed(1)} and ${F.electiveBedDaysPerAdmission} - ${F.delayedDaysPerPatient} = ${ELECTIVE_CLINICAL_STAY_DAYS.toFixed(1)} days.`,
    `  emergencyStayDays: ${EMERGENCY_CLINICAL_STAY_DAYS.toFixed(1)}`,
    `  electiveStayDays: ${ELECTIVE_CLINICAL_STAY_DAYS.toFixed(1)}`,
    `  # ASSUMPTION: stays are skewed, sd ${F.stayCv} times the mean.`,
    `  stayCv: ${F.stayCv}`,
    `  plannedDemandGrowth: ${F.plannedDemandGrowth}`,
  ];
}

function system(icb: IcbReference, trusts: readonly TrustBeds[]): string[] {
  const id = icb.code;
  const pot = tenths(icb.allocation);
  const share = (fraction: number) => Math.round(pot * fraction);
  const acutePot = share(F.acuteShare);
  const totalBeds = trusts.reduce((sum, trust) => sum + trust.bedsAvailable, 0);
  // Each trust's share of the acute pot by its beds; the last takes the rounding, so the pot is spent exactly.
  const trustIncome = trusts.map((trust) => Math.round((acutePot * trust.bedsAvailable) / totalBeds));
  if (trusts.length > 0) trustIncome[trustIncome.length - 1] += acutePot - trustIncome.reduce((sum, income) => sum + income, 0);
  const mentalHealth = share(F.mentalHealthShare);
  const community = share(F.communityShare);
  const betterCareFund = share(F.betterCareFundShare);
  const spentOnAcute = trusts.length > 0 ? acutePot : 0;
  const commissioning = pot - spentOnAcute - mentalHealth - community - betterCareFund;
  const contractLine = (baseline: number, model: 'block' | 'blended') =>
    `{ baseline: ${money(baseline)}, uplift: contractUplift, paymentModel: ${model}, ${model === 'blended' ? `fixedShare: ${F.acuteFixedShare}, ` : ''}commissioner: ${id}-icb }`;
  const providerCosts = (income: number) => {
    const pay = Math.round(income * F.providerPayShare);
    return [`        costs:`, `          pay: { baseline: ${money(pay)}, growth: payAward }`, `          nonPay: { baseline: ${money(income - pay)}, growth: inflation }`];
  };
  const cip = '        cip: { plan: cipPlan, delivery: cipDelivery }';
  const councilOwn = betterCareFund * F.councilOwnFundingRatio;
  const councilPay = Math.round((betterCareFund + councilOwn) * F.councilPayShare);
  return [
    `  - id: ${id}`,
    `    name: ${quote(`${systemName(icb)} ICS`)}`,
    `    # ${icb.name}: ${thousands(icb.population)} registered patients and a £${thousands(pot / 10)}m allocation, ${icb.allocationYear} (ics_reference.csv).`,
    `    population: ${icb.population}`,
    '    allocation: { baseline: ' + money(pot) + ', growth: contractUplift }',
    '    organisations:',
    `      - id: ${id}-icb`,
    `        name: ${quote(icb.name)}`,
    '        kind: icb',
    '        costs:',
    `          # Primary care and running costs (${percent(F.primaryCareAndRunningShare)} of the allocation, parameters.md A) and`,
    '          # everything else the modelled contracts leave (prescribing, continuing care, ambulance,',
    `          # independent sector, specialist care elsewhere): the allocation less the contracts below.`,
    `          # Its growth: contractUplift (${percentTwo(CONTRACT_UPLIFT)}) give or take this ICB's own pressures (prescribing,
          # continuing care, out-of-area placements), drawn for each ICB and year: ASSUMPTION, sd 1 point.
          commissioning: { baseline: ${money(commissioning)}, growth: { dist: normal, mean: ${CONTRACT_UPLIFT.toFixed(5)}, sd: 0.01, perYear: true } }`,
    '        controlTotal: 0',
    ...trusts.flatMap((trust, index) => acuteTrust(trust, trustIncome[index], totalBeds, contractLine, providerCosts, cip)),
    `      - id: ${id}-mh`,
    `        name: ${quote(`Mental health trust, ${systemName(icb)}`)}`,
    '        kind: mentalHealth',
    `        # ASSUMPTION: one mental health trust for the system, ${percent(F.mentalHealthShare)} of the allocation, on a block contract.`,
    `        income: { contract: ${contractLine(mentalHealth, 'block')} }`,
    ...providerCosts(mentalHealth),
    cip,
    '        controlTotal: 0',
    `      - id: ${id}-community`,
    `        name: ${quote(`Community trust, ${systemName(icb)}`)}`,
    '        kind: community',
    `        # ASSUMPTION: one community trust, ${percent(F.communityShare)} of the allocation, on a block contract.`,
    `        income: { contract: ${contractLine(community, 'block')} }`,
    ...providerCosts(community),
    cip,
    '        controlTotal: 0',
    `      - id: ${id}-councils`,
    `        name: ${quote(`Councils' adult social care, ${systemName(icb)}`)}`,
    '        kind: localAuthority',
    `        # ASSUMPTION: the NHS pays ${percent(F.betterCareFundShare)} of the allocation into the Better Care Fund, and the councils`,
    `        # fund ${F.councilOwnFundingRatio} times as much themselves; ${F.councilPayShare * 100}% of the cost is pay, the rest care bought in.`,
    '        # Outside the NHS system control total, as councils are.',
    '        income:',
    `          contract: ${contractLine(betterCareFund, 'block')}`,
    `          other: { baseline: ${money(councilOwn)}, growth: contractUplift }`,
    '        costs:',
    `          pay: { baseline: ${money(councilPay)}, growth: payAward }`,
    `          nonPay: { baseline: ${money(betterCareFund + councilOwn - councilPay)}, growth: inflation }`,
    cip,
    '        controlTotal: 0',
  ];
}

function acuteTrust(
  trust: TrustBeds,
  income: number,
  systemBeds: number,
  contractLine: (baseline: number, model: 'block' | 'blended') => string,
  providerCosts: (income: number) => string[],
  cip: string,
): string[] {
  const occupancy = trust.bedsOccupied / trust.bedsAvailable;
  const calibration = calibrateBeds(trust.bedsAvailable, trust.bedsOccupied, calibrationSeed(trust.code));
  const emergency = calibration.admissionsPerYear;
  const elective = calibration.electiveAdmissionsPerYear;
  const foundation = /FOUNDATION TRUST/.test(trust.name);
  return [
    `      - id: ${trust.code}`,
    `        name: ${quote(trustDisplayName(trust.name))}`,
    '        kind: acute',
    ...(foundation ? ['        foundationTrust: true'] : []),
    `        # ${thousands(trust.bedsAvailable)} of the system's ${thousands(systemBeds)} G&A beds: that share of the acute contracts (${percent(F.acuteShare)} of the allocation, ASSUMPTION).`,
    `        income: { contract: ${contractLine(income, 'blended')} }`,
    ...providerCosts(income),
    cip,
    '        controlTotal: 0',
    '        beds:',
    `          # August 2025: ${thousands(trust.bedsAvailable)} G&A beds available, ${thousands(trust.bedsOccupied)} occupied (${percent(occupancy)}) (trust_beds.csv).`,
    `          coreBeds: ${trust.bedsAvailable}`,
    '          costPerBedDayPounds: bedDayPounds',
    `          escalation: { cap: ${Math.round(trust.bedsAvailable * F.escalationCapShare)}, costPerBedDayPounds: escalationBedDayPounds }   # ASSUMPTION: ${percent(F.escalationCapShare)} of beds`,
    '          emergency:',
    `            # Little's law: ${F.emergencyBedDayShare} x ${thousands(trust.bedsOccupied)} beds x 365 / ${F.emergencyBedDaysPerAdmission} days / ${1 + F.plannedDemandGrowth} (2025/26's growth) = ${thousands(calibration.littlesLaw)}`,
    `            # (ASSUMPTION: emergencies fill ${percent(F.emergencyBedDayShare)} of bed days). Simulated alone (fast kernel, ${CALIBRATION.trials} trials, seed ${calibrationSeed(trust.code)}),`,
    `            # the ward then averaged ${percent(calibration.simulatedOccupancy)} in 2025/26, so scaled to reach ${percent(occupancy)}: ${thousands(emergency)}.`,
    `            admissionsPerYear: ${emergency}`,
    '            growth: demandGrowth',
    '            plannedGrowth: plannedDemandGrowth',
    `            monthlyProfile: [${MONTHLY_PROFILE.map((value) => value.toFixed(2)).join(', ')}]   # ASSUMPTION: a typical winter shape, April to March`,
    `            weekdayProfile: [${WEEKDAY_PROFILE.map((value) => value.toFixed(2)).join(', ')}]   # ASSUMPTION: Monday to Sunday`,
    '            stay: { family: lognormal, meanDays: emergencyStayDays, sdDays: "emergencyStayDays * stayCv" }',
    '            incomePerAdmissionPounds: emergencyIncomePounds',
    '            costPerAdmissionPounds: emergencyMarginalPounds',
    '          elective:',
    `            # The other ${percent(1 - F.emergencyBedDayShare)} of occupied bed days: ${Math.round((1 - F.emergencyBedDayShare) * 100) / 100} x ${thousands(trust.bedsOccupied)} x 365 / ${F.electiveBedDaysPerAdmission} = ${thousands(elective)}, Monday to Friday.`,
    `            admissionsPerYear: ${elective}`,
    '            stay: { family: lognormal, meanDays: electiveStayDays, sdDays: "electiveStayDays * stayCv" }',
    '            incomePerAdmissionPounds: electiveIncomePounds',
    `          delayedDischarge: { share: ${F.delayedShare}, meanExtraDays: ${DELAYED_EXTRA_DAYS} }`,
  ];
}
