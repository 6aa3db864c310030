import { StepInputType } from '../process.enums.js';
import { isStepAutomatable } from '../step-automatability.js';

describe('isStepAutomatable', () => {
  it.each([
    [true, StepInputType.STRUCTURED_DIGITAL, null, true],
    [true, StepInputType.UNSTRUCTURED_DIGITAL, null, false],
    [true, StepInputType.PAPER, null, false],
    [false, StepInputType.STRUCTURED_DIGITAL, null, false],
    [false, StepInputType.PAPER, true, true],
    [true, StepInputType.STRUCTURED_DIGITAL, false, false],
  ])('ruleBased=%s input=%s override=%s -> %s', (ruleBased, inputType, automatableOverride, expected) => {
    expect(isStepAutomatable({ ruleBased, inputType, automatableOverride })).toBe(expected);
  });
});
