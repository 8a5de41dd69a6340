// npm run scenario -- --icb E54000027 > my-area.yaml   (one real ICB)
// npm run scenario -- --england > england.yaml         (all 42 systems)
// Writes a scenario generated from scenarios/reference/ to stdout.
import { generatePlaceScenario, UnknownIcbError, type PlaceSelection } from '../scenarios/real-places/generate-scenario.ts';
import { loadReferenceData } from '../scenarios/real-places/load-reference-data.ts';

const USAGE = `Usage: npm run scenario -- --icb <ONS code> | --england | --list

  --icb E54000027   a scenario for one ICB and its acute trusts
  --england         all 42 ICBs in one scenario
  --list            the ICB codes and names`;

/** Exit codes: 0 written, 2 bad command line or unknown ICB. */
function main(argv: readonly string[]): number {
  const reference = loadReferenceData();
  if (argv.length === 1 && argv[0] === '--list') {
    for (const icb of reference.icbs) process.stdout.write(`${icb.code}  ${icb.name}\n`);
    return 0;
  }
  let selection: PlaceSelection;
  if (argv.length === 1 && argv[0] === '--england') selection = { england: true };
  else if (argv.length === 2 && argv[0] === '--icb') selection = { icb: argv[1] };
  else {
    process.stderr.write(`${argv.includes('--help') ? '' : 'error: give --icb <code>, --england or --list\n\n'}${USAGE}\n`);
    return argv.includes('--help') ? 0 : 2;
  }
  try {
    process.stdout.write(generatePlaceScenario(reference, selection));
  } catch (error) {
    if (!(error instanceof UnknownIcbError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    return 2;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
