import { adoptAnswer, serverNow } from '../../web/src/app/session-tokens.js';
import { numberInputText, parseDecimal, parseMoney, parsePercent, parseWholeNumber, percentInputText } from '../../web/src/components/numbers.js';

describe('numbers as people type them', () => {
  it('reads Polish and English decimals, spaces as thousands and a typed minus sign', () => {
    expect(parseDecimal('12,5')).toEqual({ kind: 'number', value: 12.5 });
    expect(parseDecimal('12.5')).toEqual({ kind: 'number', value: 12.5 });
    expect(parseDecimal('1 234,5')).toEqual({ kind: 'number', value: 1234.5 });
    expect(parseDecimal('\u22123')).toEqual({ kind: 'number', value: -3 });
    expect(parseDecimal('  ')).toEqual({ kind: 'empty' });
    expect(parseDecimal('12,5,1')).toEqual({ kind: 'invalid' });
    expect(parseDecimal('1e3')).toEqual({ kind: 'invalid' });
  });

  it('takes whole numbers, percentages within 0..100 as shares, and money with at most two decimals', () => {
    expect(parseWholeNumber('3')).toEqual({ kind: 'number', value: 3 });
    expect(parseWholeNumber('3,5')).toEqual({ kind: 'invalid' });
    expect(parsePercent('12,5')).toEqual({ kind: 'number', value: 0.125 });
    expect(parsePercent('100,1')).toEqual({ kind: 'invalid' });
    expect(parsePercent('-1')).toEqual({ kind: 'invalid' });
    expect(parseMoney('85,50 zł')).toEqual({ kind: 'money', value: '85.50' });
    expect(parseMoney('1 000')).toEqual({ kind: 'money', value: '1000' });
    expect(parseMoney('85,505')).toEqual({ kind: 'invalid' });
    expect(parseMoney('-5')).toEqual({ kind: 'invalid' });
  });

  it('writes numbers back into inputs in the language shown, without float noise', () => {
    expect(numberInputText(0.1 + 0.2, 'pl')).toBe('0,3');
    expect(numberInputText(0.1 + 0.2, 'en')).toBe('0.3');
    expect(numberInputText(null, 'pl')).toBe('');
    expect(percentInputText(0.125, 'pl')).toBe('12,5');
  });
});

describe('a session timed by the server clock', () => {
  const answer = {
    accessToken: 'a',
    refreshToken: 'r',
    sessionId: 's',
    expiresAt: '2026-12-08T10:15:00.000Z',
    idleExpiresAt: '2026-12-08T10:30:00.000Z',
    sessionExpiresAt: '2026-12-08T22:00:00.000Z',
    serverTime: '2026-12-08T10:00:00.000Z',
  };

  it('keeps the server clock whatever the PC clock says, so deadlines stay as far away as the server said', () => {
    const sixteenMinutesAhead = Date.parse(answer.serverTime) + 16 * 60_000;
    const session = adoptAnswer(answer, sixteenMinutesAhead);
    expect(session.clockOffsetMs).toBe(-16 * 60_000);
    expect(session.idleExpiresAt - serverNow(session, sixteenMinutesAhead)).toBe(30 * 60_000);
    expect(session.accessExpiresAt - serverNow(session, sixteenMinutesAhead + 60_000)).toBe(14 * 60_000);
  });
});
