import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

/** The rules the app is held to: WCAG 2.0 and 2.1, levels A and AA. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeScope {
  /** Only these parts of the page (CSS selectors); the whole page when absent. */
  include?: string | readonly string[];
  /** Rules beyond WCAG's run with them (the landmarks a screen reader lists). */
  alsoRules?: readonly string[];
}

/**
 * axe-core's WCAG 2.1 AA rules on the page as it is, in one pass (each analysis injects axe
 * into the page again, a second of a busy machine's time). A violation lists its rule, how to
 * fix it and the first elements with what is wrong with each, so the failure is the to-do list.
 * `state` names what the page shows, for that message.
 */
export async function expectNoAxeViolations(page: Page, state: string, scope: AxeScope = {}) {
  const { include = [], alsoRules = [] } = scope;
  let builder = new AxeBuilder({ page }).options({
    runOnly: { type: 'tag', values: WCAG_21_AA },
    rules: Object.fromEntries(alsoRules.map((rule) => [rule, { enabled: true }])),
  });
  for (const selector of [include].flat()) builder = builder.include(selector);
  const results = await builder.analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes
      .slice(0, 5)
      .map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
  }));
  expect(violations, `axe WCAG 2.1 AA violations in "${state}"`).toEqual([]);
  // A state with nothing in it would pass trivially: axe must have looked at something.
  expect(results.passes.length, `axe checked rules in "${state}"`).toBeGreaterThan(
    include.length === 0 ? 10 : 0,
  );
}
