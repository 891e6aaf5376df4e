import {
  createNormalizeReport,
  noteIgnoredAttribute,
  type NormalizeReport,
} from '../resource/normalize-attribute-value.js';
import type { ResourceType } from '../schema/scim-schema.js';
import type { CompatibilityRule } from './compatibility-rule.js';

/** What one PATCH request collects while its operations are applied. */
export class PatchContext {
  readonly resourceType: ResourceType;
  private readonly report: NormalizeReport = createNormalizeReport();
  private readonly rules = new Set<CompatibilityRule>();

  constructor(resourceType: ResourceType) {
    this.resourceType = resourceType;
  }

  noteRule(rule: CompatibilityRule): void {
    this.rules.add(rule);
  }

  noteIgnored(displayPath: string): void {
    noteIgnoredAttribute(this.report, displayPath);
  }

  /**
   * Runs one normaliser step with this request's report, and notes the
   * boolean-strings rule when the step read a string as a boolean.
   */
  normalize<T>(step: (report: NormalizeReport) => T): T {
    const coercedBefore = this.report.booleanStringsCoerced;
    const result = step(this.report);

    if (this.report.booleanStringsCoerced > coercedBefore) this.noteRule('boolean-strings');
    return result;
  }

  get ignoredAttributes(): string[] {
    return [...this.report.ignoredAttributes];
  }

  /** The rules that fired, in the order they first did. */
  get appliedRules(): CompatibilityRule[] {
    return [...this.rules];
  }
}
