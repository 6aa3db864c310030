import { yieldToEventLoop } from '../event-loop.js';

describe('yieldToEventLoop', () => {
  it('runs one slice of the computations waiting per turn of the event loop, oldest first', async () => {
    const order: string[] = [];
    let turns = 0;
    let counting = true;
    const countTurns = () => {
      turns += 1;
      if (counting) setImmediate(countTurns);
    };
    setImmediate(countTurns);
    const computation = async (name: string) => {
      for (let slice = 0; slice < 5; slice += 1) {
        order.push(`${name}${slice}`);
        await yieldToEventLoop();
      }
    };
    await Promise.all(['a', 'b', 'c'].map(computation));
    counting = false;
    expect(order.slice(0, 6)).toEqual(['a0', 'b0', 'c0', 'a1', 'b1', 'c1']);
    // 15 slices, each in a turn of its own (all three in one turn, before: about 5 turns).
    expect(turns).toBeGreaterThanOrEqual(15);
  });
});
