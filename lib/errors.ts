/**
 * An expected refusal from the data layer: shown beside a field or above the form, nothing saved.
 * No framework imports, so queries and mutations depend on this and not on the action wrapper.
 */
export class ActionError extends Error {
  constructor(
    readonly messageKey: string,
    readonly field?: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(messageKey);
  }

  /** Several fields at once (e.g. every RHK missing its intervensi), with a summary above the form. */
  static fields(summaryKey: string, fieldErrors: Record<string, string>): ActionError {
    return new ActionError(summaryKey, undefined, fieldErrors);
  }
}
