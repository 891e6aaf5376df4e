// Mocha's spec output, followed by the plain closing line the CI reads:
// "N passed, N failed".
const Mocha = require('mocha');

const { EVENT_RUN_END } = Mocha.Runner.constants;

class CiReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const stats = runner.stats ?? {};
      process.stdout.write(`${stats.passes ?? 0} passed, ${stats.failures ?? 0} failed\n`);
    });
  }
}

module.exports = CiReporter;
