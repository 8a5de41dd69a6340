// The comparison CSV in long format: both sides' names, and the id and version
// of each side's saved scenario, which tell apart two versions of one scenario.
import { beforeAll, describe, expect, test } from 'vitest';
import { compareScenarios, type Comparison, type Scenario } from '../../../engine/index.ts';
import { comparisonToCsv } from '../../../api/export/comparison-csv.ts';
import { presetDocument } from '../helper.ts';

/** One CSV line's cells (RFC 4180: quoted cells may hold commas and doubled quotes). */
function cells(line: string): string[] {
  return [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((match) => (match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]));
}

function lines(csv: string): string[][] {
  return csv.replace('\uFEFF', '').split('\r\n').filter(Boolean).map(cells);
}

/** The columns the CSV had before the scenario ids and versions: kept in their places. */
const FIRST_COLUMNS = ['baseline', 'alternative', 'engine_version', 'seed', 'trials', 'entity_id', 'entity_name', 'year', 'metric', 'side', 'statistic', 'value', 'unit'];

let versions: Comparison;

beforeAll(() => {
  // Two versions of one saved scenario: the same name, a smaller savings plan at Hillside in version 2.
  const teaching = presetDocument('teaching');
  const second: Scenario = {
    ...teaching,
    systems: teaching.systems.map((system) => ({
      ...system,
      organisations: system.organisations.map((organisation) => (organisation.id === 'hillside' ? { ...organisation, cip: { ...organisation.cip!, plan: 0.03 } } : organisation)),
    })),
  };
  versions = compareScenarios(teaching, second, { trials: 20, seed: 4 });
});

describe('comparisonToCsv', () => {
  test("keeps its first 13 columns in place and ends each row with both sides' scenario id and version", () => {
    const [header] = lines(comparisonToCsv(versions));
    expect(header).toEqual([...FIRST_COLUMNS, 'baseline_scenario_id', 'baseline_scenario_version', 'alternative_scenario_id', 'alternative_scenario_version']);
  });

  test('two versions of one scenario share a name but carry their own version on every row', () => {
    const [header, ...rows] = lines(
      comparisonToCsv(versions, { scenarioId: 'abc-123', scenarioVersion: 1, alternative: { scenarioId: 'abc-123', scenarioVersion: 2, scenarioName: versions.meta.alternativeName } }),
    );
    expect(rows.length).toBeGreaterThan(100);
    const column = (name: string) => header.indexOf(name);
    expect(new Set(rows.map((row) => `${row[column('baseline')]} | ${row[column('alternative')]}`))).toEqual(new Set([`${versions.meta.baselineName} | ${versions.meta.baselineName}`]));
    for (const row of rows) {
      expect(row).toHaveLength(header.length);
      expect(row.slice(-4)).toEqual(['abc-123', '1', 'abc-123', '2']);
    }
  });

  test('a side sent inline, or a comparison with no run record, leaves its id and version empty', () => {
    const inline = lines(comparisonToCsv(versions, { scenarioId: 'abc-123', scenarioVersion: 3, alternative: { scenarioName: 'Sent inline' } }));
    expect(inline.slice(1).every((row) => row.slice(-4).join('|') === 'abc-123|3||')).toBe(true);
    const bare = lines(comparisonToCsv(versions));
    expect(bare.slice(1).every((row) => row.length === bare[0].length && row.slice(-4).every((cell) => cell === ''))).toBe(true);
  });
});
