// Extension-tests module of the run in another display language (npm run
// test:integration:l10n: scripts/run-integration.mjs --locale de): VS Code runs in German, and the
// extension has a test-only l10n/bundle.l10n.de.json, the pseudo-localised English bundle.
import Mocha from 'mocha';
import { runSuites } from '../integration/runSuites';
import { register as displayLanguage } from './displayLanguage.test';

export function run(): Promise<void> {
  return runSuites([displayLanguage], 'display-language', Mocha);
}
