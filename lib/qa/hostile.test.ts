// Speed guard: every check over hostile 60,000-character segments (testing/hostile.ts) stays
// linear-ish. A quadratic check takes tens of seconds here (the terms check took 3 s at 60k and 17 s
// at 120k before it decided presence once per term); the bound (1.5 s of CPU, five times the worst linear case) holds on a loaded machine
// and measured in this process's CPU time. bench/qa/run.ts prints the time per check.
import { describe, expect, it } from 'vitest';
import { DEFAULT_OFF_CHECKS, runDocumentChecks } from './index';
import { HOSTILE_CHARS, HOSTILE_CHECKLIST, HOSTILE_INPUTS, HOSTILE_TERMS, hostileDocument } from './testing/hostile';

const BUDGET_MS = 1500;

describe('QA on hostile long segments', () => {
  runDocumentChecks(hostileDocument('Kim Jong-un met Park.', '김정은 위원장이 박 장관을 만났다.'), { terms: HOSTILE_TERMS });
  for (const [name, source, target] of HOSTILE_INPUTS) {
    it(`finishes all checks on ${HOSTILE_CHARS} characters: ${name}`, () => {
      const before = process.cpuUsage();
      const result = runDocumentChecks(hostileDocument(source, target), {
        terms: HOSTILE_TERMS,
        checklist: HOSTILE_CHECKLIST,
        options: { enabledChecks: DEFAULT_OFF_CHECKS },
      });
      const used = process.cpuUsage(before);
      expect(result).toHaveLength(2);
      expect((used.user + used.system) / 1000).toBeLessThan(BUDGET_MS);
    }, 30_000);
  }
});
