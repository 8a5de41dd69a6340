import { numberProblem } from '../../ui/src/builder/number-input.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { parseScenarioText, validateScenario, type Scenario } from '../../engine/index.ts';
import { applySettings, careOrBedsTrade, hasBeds, plansAfter, settingsOf } from '../../ui/src/classroom/classroom.ts';
import { countBySection, describePath, fieldAt, formMessage, issuesWithin, sectionLabel, sectionOfPath } from '../../ui/src/builder/issues.ts';
import { organisationTemplate, shareAllocationEqually, uniqueId } from '../../ui/src/builder/organisation-template.ts';
import { centralValue, convertParameter, densityPoints, parameterMode, parseNumberInput, summariseDistribution, FAMILIES } from '../../ui/src/builder/parameter.ts';
import { referencesTo, renameIntervention, renameOrganisation, renamePlace } from '../../ui/src/builder/rename.ts';
import { renameFormulaName, renameInFormula } from '../../ui/src/builder/rename-formulas.ts';
import { newScenarioTemplate } from '../../ui/src/builder/template.ts';
import { namedValueUnit } from '../../ui/src/builder/named-value-unit.ts';
import { EMPTY_BOX } from '../../ui/src/builder/number-input.ts';
import { unreadableRefusal } from '../../ui/src/builder/unreadable-input.ts';
import { buildTimeline } from '../../ui/src/builder/timeline.ts';
import { SYSTEM_FIELDS, unitText } from '../../ui/src/builder/field-specs.ts';
import { formatOfFile, groupScenarios } from '../../ui/src/library/library.ts';

const teaching = parse(readFileSync('scenarios/teaching.yaml', 'utf8')) as Scenario;
const systemControlTotal = parse(readFileSync('scenarios/system-control-total.yaml', 'utf8')) as Scenario;
// The bed-cuts preset uses YAML merge keys, which the engine's reader resolves.
const bedCuts = (parseScenarioText(readFileSync('scenarios/bed-cuts.yaml', 'utf8')) as { document: Scenario }).document;

describe('validation issues at their fields', () => {
  test('sectionOfPath sends each issue to the section that shows its field', () => {
    expect(sectionOfPath('systems[0].organisations[2].cip.delivery')).toBe('organisation-0-2');
    expect(sectionOfPath('systems[1].riskShare.cap')).toBe('system-1');
    expect(sectionOfPath('drivers.payAward')).toBe('uncertainty');
    expect(sectionOfPath('correlation.matrix')).toBe('uncertainty');
    expect(sectionOfPath('parameters.tariffUplift')).toBe('parameters');
    expect(sectionOfPath('interventions[0].from')).toBe('interventions');
    expect(sectionOfPath('alternatives[1].name')).toBe('interventions');
    expect(sectionOfPath('horizon.years')).toBe('general');
    expect(sectionOfPath('')).toBe('general');
  });

  test('sectionLabel names each part of the outline', () => {
    expect(sectionLabel(teaching, 'general')).toBe('About');
    expect(sectionLabel(teaching, 'system-0')).toBe('Riverside ICS');
    expect(sectionLabel(teaching, 'organisation-0-2')).toBe('Hillside Hospital NHS Trust');
    expect(sectionLabel(teaching, 'organisation-0-9')).toBe('Organisation 10');
  });

  test('issuesWithin takes a field and its parts, not its neighbours', () => {
    const issues = [
      { path: 'drivers.payAward', message: 'a' },
      { path: 'drivers.payAward.sd', message: 'b' },
      { path: 'drivers.payAwardX', message: 'c' },
    ];
    expect(issuesWithin(issues, 'drivers.payAward').map((issue) => issue.message)).toEqual(['a', 'b']);
    expect(countBySection(issues).get('uncertainty')).toBe(3);
  });

  test('describePath names a place in words, from the document and the form labels', () => {
    expect(describePath(teaching, 'systems[0].organisations[2].cip.delivery')).toBe('Riverside ICS › Hillside Hospital NHS Trust › Savings plan (CIP) › Share of the plan delivered');
    expect(describePath(teaching, 'systems[0].organisations[1].income.contract.fixedShare')).toBe(
      'Riverside ICS › Riverside University Hospitals NHS FT › Contract income › Fixed share of the contract',
    );
    expect(describePath(teaching, 'systems[0].organisations[2].costs.pay.growth')).toBe('Riverside ICS › Hillside Hospital NHS Trust › Pay › Growth');
    expect(describePath(teaching, 'systems[0].organisations[2].controlTotal[1]')).toBe('Riverside ICS › Hillside Hospital NHS Trust › Control total › item 2');
    expect(describePath(teaching, 'systems[0].riskShare.surplusShare')).toBe('Riverside ICS › Risk share › Share of a surplus given up');
    expect(describePath(teaching, 'systems[0].incentiveFunds[0].amounts.hillside')).toBe('Riverside ICS › Financial recovery fund › Amount available to each organisation › hillside');
    expect(describePath(systemControlTotal, 'interventions[0].amount')).toBe('Interventions › CCG support to Southbay Hospitals › Amount');
    expect(describePath(teaching, 'drivers.payAward')).toBe('Drivers › payAward');
    expect(describePath(teaching, 'horizon.years')).toBe('Number of years');
    expect(describePath(teaching, '')).toBe('The scenario as a whole');
    const placed = { ...teaching, systems: [{ ...teaching.systems[0], places: [{ id: 'north', name: 'North place', share: 0.4 }] }] };
    expect(describePath(placed, 'systems[0].places[0].share')).toBe('Riverside ICS › North place › Share of the single pot');
    expect(describePath(placed, 'systems[0].places')).toBe('Riverside ICS › Places');
    expect(describePath(placed, 'systems[0].organisations[2].place')).toBe('Riverside ICS › Hillside Hospital NHS Trust › Place');
    expect(sectionOfPath('systems[0].places[0].id')).toBe('system-0');
  });

  test("an intervention's field is named by its own kind's form: extra funding is paid to someone, a closure is at an acute trust", () => {
    const interventions = [
      { kind: 'extraFunding', name: 'Deficit support', organisation: '', amount: 2 },
      { kind: 'closeBeds', name: 'Close ward 7', organisation: '', beds: 20 },
    ];
    const scenario = { ...teaching, interventions } as Scenario;
    expect(describePath(scenario, 'interventions[0].organisation')).toBe('Interventions › Deficit support › Paid to');
    expect(describePath(scenario, 'interventions[1].organisation')).toBe('Interventions › Close ward 7 › Acute trust');
    expect(describePath(teaching, 'systems[0].riskShare.surplusShare')).toBe('Riverside ICS › Risk share › Share of a surplus given up');
  });

  test('an organisation left unchosen is to be chosen, not "an identifier"; an id left empty must not be empty', () => {
    const scenario = { ...teaching, interventions: [{ kind: 'extraFunding', name: 'Deficit support', organisation: '', amount: 2 }] } as Scenario;
    const validation = validateScenario(scenario);
    if (validation.ok) throw new Error('an unchosen organisation is a problem');
    const engineIssues = validation.issues.filter((issue) => issue.path === 'interventions[0].organisation');
    expect(engineIssues.map((issue) => issue.message)).toEqual(['must be an identifier (a letter, then letters, digits, _ or -)']);
    expect(formMessage(scenario, engineIssues[0])).toEqual({ path: 'interventions[0].organisation', message: 'choose an organisation' });
    const unnamed = structuredClone(teaching);
    unnamed.systems[0].organisations[2].id = '';
    expect(formMessage(unnamed, { path: 'systems[0].organisations[2].id', message: 'must be an identifier (a letter, then letters, digits, _ or -)' }).message).toBe('must not be empty');
    // A value that is there but wrong keeps the validator's words.
    expect(formMessage(teaching, { path: 'systems[0].organisations[2].id', message: 'must be an identifier (a letter, then letters, digits, _ or -)' }).message).toBe(
      'must be an identifier (a letter, then letters, digits, _ or -)',
    );
  });

  test('fieldAt finds the form field that shows a path, through groups, lists and variants', () => {
    const scenario = { ...teaching, interventions: [{ kind: 'closeBeds', organisation: 'riverside-hospitals', beds: 20 }] } as Scenario;
    expect(fieldAt(scenario, 'systems[0].organisations[1].cip.ceiling')).toMatchObject({ kind: 'parameter', label: 'Most that can be saved in a year' });
    expect(fieldAt(scenario, 'systems[0].organisations[1].beds.emergency.stay.meanDays')).toMatchObject({ label: 'Mean stay' });
    expect(fieldAt(scenario, 'systems[0].organisations[1].controlTotal[1]')).toMatchObject({ kind: 'yearly', label: 'Control total' });
    expect(fieldAt(scenario, 'interventions[0].beds')).toMatchObject({ label: 'Beds closed' });
    expect(fieldAt(scenario, 'systems[0].riskShare.surplusShare')).toMatchObject({ label: 'Share of a surplus given up' });
    expect(fieldAt(scenario, 'horizon.years')).toMatchObject({ label: 'Number of years' });
    expect(fieldAt(scenario, 'drivers.payAward')).toBeUndefined();
  });
});

describe('drivers and parameters take the unit of the fields that use them', () => {
  test("a driver used as a scheme's realisation is a share, so 50% may be typed for it; one used as a cost in £ is not", () => {
    expect(namedValueUnit(bedCuts, 'realisation')).toBe('share');
    expect(namedValueUnit(bedCuts, 'claimedReduction')).toBe('share');
    expect(namedValueUnit(bedCuts, 'bedDayPounds')).toBe('pounds');
    expect(namedValueUnit(teaching, 'payAward')).toBe('rate');
    expect(parseNumberInput('50%', namedValueUnit(bedCuts, 'realisation') === 'share')).toBe(0.5);
  });

  test('a name used nowhere on its own, or in fields of different units, is a plain number', () => {
    expect(namedValueUnit(teaching, 'noSuchName')).toBe('plain');
    const mixed = structuredClone(teaching);
    mixed.systems[0].organisations[1].controlTotal = 'payAward';
    expect(namedValueUnit(mixed, 'payAward')).toBe('plain');
  });
});

describe('an emptied box that must hold a value', () => {
  test('blocks saving by saying it is empty, not that it is "not a number", and never suggests clearing it', () => {
    const emptied = { 'drivers.payAward': { text: '', message: EMPTY_BOX, previous: 0.03 } };
    expect(unreadableRefusal(emptied, teaching)).toBe('Cannot save: Drivers › payAward is empty. Enter a number.');
    expect(EMPTY_BOX).not.toMatch(/clear/i);
  });
});

describe('numbers, distributions and formulas', () => {
  test('parseNumberInput reads what people type', () => {
    expect(parseNumberInput('1,200')).toBe(1200);
    expect(parseNumberInput('3.5%')).toBe(0.035);
    expect(parseNumberInput('\u22124')).toBe(-4);
    expect(parseNumberInput('£12.5')).toBe(12.5);
    expect(parseNumberInput('.5')).toBe(0.5);
    expect(parseNumberInput('1e3')).toBe(1000);
    expect(parseNumberInput('  ')).toBeUndefined();
    expect(parseNumberInput('abc')).toBeNull();
    expect(parseNumberInput('1.2.3')).toBeNull();
  });

  test('a percentage is read only where a rate or a share is asked for: 5% of a £m allocation is a problem, not £0.05m', () => {
    expect(parseNumberInput('5%', false)).toBeNull();
    expect(parseNumberInput('5', false)).toBe(5);
    expect(parseNumberInput('5%', true)).toBe(0.05);
    expect(numberProblem('5%', false, false)).toBe('Enter the number itself, not a percentage: this is not a rate or a share (“5%”)');
    expect(numberProblem('5%', false, true)).toBe('');
    expect(numberProblem('lots', false, false)).toBe('Enter a number, such as 12.5 or -4, not “lots”');
    expect(numberProblem('lots', false, true)).toBe('Enter a number, such as 12.5, -4 or 3.5%, not “lots”');
  });

  test('a value switches between number, distribution and formula, keeping its centre', () => {
    expect(parameterMode(3)).toBe('number');
    expect(parameterMode('payAward')).toBe('formula');
    expect(parameterMode({ dist: 'normal', mean: 0, sd: 1 })).toBe('distribution');
    const distribution = convertParameter(0.04, 'distribution', 0);
    expect(distribution).toEqual({ dist: 'triangular', min: 0.032, mode: 0.04, max: 0.048 });
    expect(convertParameter(distribution, 'number', 0)).toBe(0.04);
    expect(convertParameter(0.04, 'formula', 0)).toBe('0.04');
    expect(convertParameter('payAward + 1', 'number', 7)).toBe(7);
    expect(centralValue({ dist: 'beta', alpha: 9, beta: 2 })).toBe(0.8182);
  });

  test('every family builds a valid distribution around a value', () => {
    for (const family of FAMILIES) {
      for (const centre of [0.035, 12, -5, 0]) {
        const spec = family.around(centre);
        const summary = summariseDistribution(spec);
        expect(summary.ok, `${family.value} around ${centre}`).toBe(true);
      }
    }
  });

  test('the preview of a distribution is its density over the central range', () => {
    const points = densityPoints({ dist: 'triangular', min: 0, mode: 1, max: 2 }, 5);
    expect(points.map((point) => point.x)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(points.map((point) => point.y)).toEqual([0, 0.5, 1, 0.5, 0]);
    expect(densityPoints({ dist: 'triangular', min: 2, mode: 1, max: 0 })).toEqual([]);
    expect(summariseDistribution({ dist: 'beta', alpha: 0, beta: 2 })).toEqual({ ok: false, problems: ['beta needs alpha > 0'] });
  });

  test('the hint beside a number reads rates and shares as percentages', () => {
    expect(unitText('rate', 0.035)).toBe('= 3.5% a year');
    expect(unitText('share', 0.8)).toBe('= 80%');
    expect(unitText('money', 12)).toBe('£m');
  });
});

describe('new scenarios, organisations and references', () => {
  test('a new scenario is valid as it stands', () => {
    expect(validateScenario(newScenarioTemplate())).toMatchObject({ ok: true });
  });

  test('an organisation of every kind, added to the template, keeps it valid', () => {
    for (const kind of ['icb', 'acute', 'mentalHealth', 'community', 'ambulance', 'localAuthority', 'independentSector'] as const) {
      const document = newScenarioTemplate();
      const organisations = [...document.systems[0].organisations, organisationTemplate(kind, uniqueId('my-icb', new Set(['my-icb'])), 'New one', 'my-icb')];
      document.systems[0].organisations = shareAllocationEqually(organisations);
      expect(validateScenario(document), kind).toMatchObject({ ok: true });
    }
  });

  test('renaming an organisation follows every reference to it', () => {
    const document = structuredClone(systemControlTotal);
    const before = referencesTo(document, 'southbay-ccg');
    expect(before).toBeGreaterThan(2);
    document.systems[0].organisations.find((organisation) => organisation.id === 'southbay-ccg')!.id = 'southbay-icb';
    renameOrganisation(document, 'southbay-ccg', 'southbay-icb');
    expect(referencesTo(document, 'southbay-ccg')).toBe(0);
    expect(referencesTo(document, 'southbay-icb')).toBe(before);
    expect(validateScenario(document)).toMatchObject({ ok: true });
    const funds = structuredClone(systemControlTotal);
    renameOrganisation(funds, 'northgate', 'north-gate');
    expect(Object.keys(funds.systems[0].incentiveFunds![0].amounts)).toEqual(['north-gate', 'southbay-hospitals', 'city-hospital']);
  });

  test("a system's places: a new one takes the next id and what is left of the pot, and organisations can name one", () => {
    const list = SYSTEM_FIELDS.find((field) => field.key === 'places');
    if (list?.kind !== 'list') throw new Error('SYSTEM_FIELDS has no list of places');
    const first = list.initial([]);
    expect(first).toEqual({ id: 'place-1', name: 'Place 1', share: 1 });
    const second = list.initial([{ id: 'place-1', name: 'Place 1', share: 0.65 }]);
    expect(second).toEqual({ id: 'place-2', name: 'Place 2', share: 0.35 });
    expect(
      list.initial([
        { id: 'place-2', share: 0.5 },
        { id: 'x', share: 0.7 },
      ]),
    ).toEqual({ id: 'place-3', name: 'Place 3', share: 0 });
    const document = structuredClone(teaching);
    document.systems[0].places = [{ id: 'place-1', name: 'Place 1', share: 0.65 }, second as { id: string; name: string; share: number }];
    document.systems[0].organisations[1].place = 'place-2';
    expect(validateScenario(document)).toMatchObject({ ok: true });
  });

  test('renaming a place follows the organisations of its system that name it', () => {
    const document = structuredClone(teaching);
    document.systems[0].places = [
      { id: 'west', name: 'West', share: 0.5 },
      { id: 'east', name: 'East', share: 0.5 },
    ];
    document.systems[0].organisations[1].place = 'west';
    document.systems[0].organisations[2].place = 'east';
    document.systems[0].places[0].id = 'riverside-west';
    renamePlace(document, 0, 'west', 'riverside-west');
    expect(document.systems[0].organisations.map((organisation) => organisation.place)).toEqual([undefined, 'riverside-west', 'east', undefined, undefined]);
    expect(validateScenario(document)).toMatchObject({ ok: true });
    // While another place still has the old id, references to it are left alone.
    document.systems[0].places.push({ id: 'east', name: 'East again', share: 0 });
    document.systems[0].places[1].id = 'riverside-east';
    renamePlace(document, 0, 'east', 'riverside-east');
    expect(document.systems[0].organisations[2].place).toBe('east');
  });

  test('renaming an intervention follows the alternatives that leave it out', () => {
    const document = structuredClone(bedCuts);
    const scheme = document.interventions!.find((intervention) => intervention.name === 'Out-of-hospital scheme')!;
    scheme.name = 'Home first';
    renameIntervention(document, 'Out-of-hospital scheme', 'Home first');
    expect(document.alternatives![1].withoutInterventions).toEqual([
      'Home first',
      'Close beds at LNWUH',
      'Close beds at Imperial',
      'Close beds at Chelsea and Westminster',
      'Close beds at Hillingdon',
    ]);
    expect(document.alternatives![0].withoutInterventions).toEqual(bedCuts.alternatives![0].withoutInterventions);
    expect(validateScenario(document)).toMatchObject({ ok: true });
    // While an intervention still has the old name (two shared it), the alternatives keep naming it.
    const unchanged = structuredClone(bedCuts);
    renameIntervention(unchanged, 'Close beds at Imperial', 'Imperial closures');
    expect(unchanged.alternatives).toEqual(bedCuts.alternatives);
  });

  test('renameInFormula replaces whole names only', () => {
    expect(renameInFormula('payAward', 'payAward', 'pay')).toBe('pay');
    expect(renameInFormula('payAward2 + payAward', 'payAward', 'pay')).toBe('payAward2 + pay');
    expect(renameInFormula('payAward_old*payAward+xpayAward', 'payAward', 'pay')).toBe('payAward_old*pay+xpayAward');
    expect(renameInFormula('max(payAward,payAward2)-min(0,payAward)', 'payAward', 'pay')).toBe('max(pay,payAward2)-min(0,pay)');
    expect(renameInFormula('year == 0 ? payAward : 2payAward', 'payAward', 'pay')).toBe('year == 0 ? pay : 2pay');
    // A number's exponent is not a name, nor is text in quotes.
    expect(renameInFormula('1e5 * e5 + 2.5E-3 + e5', 'e5', 'five')).toBe('1e5 * five + 2.5E-3 + five');
    expect(renameInFormula('"payAward" + payAward', 'payAward', 'pay')).toBe('"payAward" + pay');
    expect(renameInFormula('inflation + 0.01', 'payAward', 'pay')).toBe('inflation + 0.01');
  });

  test('renaming a driver or parameter rewrites every formula that uses it, and the correlation', () => {
    const document = structuredClone(systemControlTotal);
    document.parameters!.cipPlanFactorOld = 'cipPlanFactor * 2';
    document.drivers!.inflation2 = 0.02;
    document.systems[0].organisations[2].costs!.nonPay!.growth = 'inflation + inflation2';
    document.systems[0].organisations[2].controlTotal = [-5, 'inflation * 100', -1];

    document.drivers = Object.fromEntries(Object.entries(document.drivers!).map(([key, value]) => [key === 'inflation' ? 'cpi' : key, value]));
    renameFormulaName(document, 'inflation', 'cpi');
    expect(document.correlation!.drivers).toEqual(['payAward', 'cpi']);
    expect(document.systems[0].organisations[0].costs!.commissioning!.growth).toBe('cpi + 0.01');
    expect(document.systems[0].organisations[2].costs!.nonPay!.growth).toBe('cpi + inflation2');
    expect(document.systems[0].organisations[2].controlTotal).toEqual([-5, 'cpi * 100', -1]);
    expect(JSON.stringify(document)).not.toMatch(/"inflation[ +*"]/);

    document.parameters = Object.fromEntries(Object.entries(document.parameters!).map(([key, value]) => [key === 'cipPlanFactor' ? 'planFactor' : key, value]));
    renameFormulaName(document, 'cipPlanFactor', 'planFactor');
    expect(document.parameters.cipPlanFactorOld).toBe('planFactor * 2');
    expect(validateScenario(document)).toMatchObject({ ok: true });
  });

  test('the timeline places each intervention at its month', () => {
    const timeline = buildTimeline({
      horizon: { firstYear: 2025, years: 2 },
      interventions: [{ kind: 'budgetTransfer', name: 'Support', from: '2026-01' }, { kind: 'extraFunding' }, { kind: 'closeBeds', from: '2030-04' }],
    });
    expect(timeline.months).toBe(24);
    expect(timeline.years).toEqual(['2025/26', '2026/27']);
    expect(timeline.bars.map((bar) => [bar.label, bar.startMonth, bar.outside])).toEqual([
      ['Support', 9, false],
      ['Extra funding', 0, false],
      ['Close beds', 23, true],
    ]);
  });
});

describe('classroom levers', () => {
  test('the levers open where the preset sets them, and leave it unchanged there', () => {
    const settings = settingsOf(teaching);
    expect(settings).toEqual({ efficiencyTarget: 0.045, payAward: 0.035, riskShareRule: 'surplusCoversDeficit', bedCuts: 0, careOrBeds: 0 });
    const applied = applySettings(teaching, settings);
    expect(applied.systems[0].organisations.map((organisation) => organisation.cip?.plan)).toEqual(teaching.systems[0].organisations.map((organisation) => organisation.cip?.plan));
    expect(applied.drivers!.payAward).toEqual(teaching.drivers!.payAward);
  });

  test('each lever changes the scenario and keeps it valid', () => {
    expect(hasBeds(teaching)).toBe(true);
    for (const rule of ['none', 'proRata', 'collarAndCap', 'contingencyReserve', 'surplusCoversDeficit'] as const) {
      const applied = applySettings(teaching, { efficiencyTarget: 0.06, payAward: 0.05, riskShareRule: rule, bedCuts: 60, careOrBeds: 0 });
      expect(validateScenario(applied), rule).toMatchObject({ ok: true });
      expect(applied.systems[0].riskShare!.rule).toBe(rule);
      expect(applied.interventions).toEqual([{ kind: 'closeBeds', name: 'Classroom bed cut', organisation: 'riverside-hospitals', beds: 60 }]);
    }
    expect(plansAfter(teaching, { efficiencyTarget: 0.09, payAward: 0.035, riskShareRule: 'none', bedCuts: 0, careOrBeds: 0 }).map((plan) => plan.plan)).toEqual([0.09, 0.1, 0.06]);
    expect(teaching.interventions).toBeUndefined();
  });

  test('protecting social care closes beds worth the money and buys home care packages with it; protecting beds does the reverse', () => {
    // £2m a year: 2,000,000 ÷ (£345 × 365) = 15.9 beds, 2,000,000 ÷ (£232.60 × 52) = 165.4 packages.
    const settings = { ...settingsOf(teaching), careOrBeds: 2 };
    const care = applySettings(teaching, settings);
    expect(validateScenario(care)).toMatchObject({ ok: true });
    expect(care.systems[0].careServices![0].capacity).toBe(2100 + 165);
    expect(care.interventions).toEqual([
      { kind: 'closeBeds', name: 'Classroom: beds closed for social care', organisation: 'riverside-hospitals', beds: 16 },
      { kind: 'budgetTransfer', name: 'Classroom: bed money to home care', fromOrganisation: 'riverside-hospitals', toOrganisation: 'riverside-council', amount: 2 },
    ]);
    const beds = applySettings(teaching, { ...settings, careOrBeds: -2 });
    expect(validateScenario(beds)).toMatchObject({ ok: true });
    expect(beds.systems[0].careServices![0].capacity).toBe(2100 - 165);
    expect(beds.interventions).toEqual([
      { kind: 'openBeds', name: 'Classroom: beds opened from social care', organisation: 'riverside-hospitals', beds: 16 },
      { kind: 'budgetTransfer', name: 'Classroom: home care money to beds', fromOrganisation: 'riverside-council', toOrganisation: 'riverside-hospitals', amount: 2 },
    ]);
    expect(careOrBedsTrade(teaching)).toMatchObject({ trustId: 'riverside-hospitals', councilId: 'riverside-council', serviceIndex: 0 });
    expect(teaching.systems[0].careServices![0].capacity).toBe(2100);
  });
});

describe('the library', () => {
  const scenarios = [
    { id: 'b', name: 'Saved one', description: 'bed cuts', readOnly: false, latestVersion: 2, createdAt: '', updatedAt: '2026-01-02' },
    { id: 'preset-system-control-total', name: 'System control total', description: 'risk-share rules', readOnly: true, latestVersion: 1, createdAt: '', updatedAt: '' },
    { id: 'preset-teaching', name: 'Teaching', description: '', readOnly: true, latestVersion: 1, createdAt: '', updatedAt: '' },
    { id: 'c', name: 'Older', description: '', readOnly: false, latestVersion: 1, createdAt: '', updatedAt: '2025-01-02' },
  ];

  test('presets come first, the teaching preset first of all; saved ones newest first', () => {
    const groups = groupScenarios(scenarios);
    expect(groups.presets.map((scenario) => scenario.id)).toEqual(['preset-teaching', 'preset-system-control-total']);
    expect(groups.saved.map((scenario) => scenario.id)).toEqual(['b', 'c']);
  });

  // Searching is the server's (GET /api/scenarios?search=, tests/api/scenarios.test.ts).
  test('a file is read as YAML or JSON by its name', () => {
    expect(formatOfFile('a.YML')).toBe('yaml');
    expect(formatOfFile('a.json')).toBe('json');
    expect(formatOfFile('a.txt')).toBeUndefined();
  });
});
