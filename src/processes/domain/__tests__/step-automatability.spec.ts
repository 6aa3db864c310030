import { StepInputType } from '../process.enums.js';
import { automatableShareOf, isStepAutomatable } from '../step-automatability.js';

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

describe('automatableShareOf', () => {
  const step = (minutesPerCase: number, automatable: boolean) => ({
    minutesPerCase,
    ruleBased: automatable,
    inputType: StepInputType.STRUCTURED_DIGITAL,
    automatableOverride: null,
  });

  it('weighs steps by their minutes', () => {
    expect(automatableShareOf([step(3, true), step(6.5, false), step(2, true)])).toBeCloseTo(5 / 11.5, 12);
  });

  it('counts steps when none has minutes, and is 0 without steps', () => {
    expect(automatableShareOf([step(0, true), step(0, false)])).toBe(0.5);
    expect(automatableShareOf([])).toBe(0);
  });

  it('takes the input type as the web app holds it (the enum value as a string)', () => {
    expect(automatableShareOf([{ minutesPerCase: 4, ruleBased: true, inputType: 'STRUCTURED_DIGITAL', automatableOverride: null }])).toBe(1);
  });
});
