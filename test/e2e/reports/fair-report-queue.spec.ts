import { createTwoOffices, type TwoOffices } from '../../helpers/two-offices.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

describe("reports take turns by office: one office's flood does not stall another's report", () => {
  let t: TestApp;
  let offices: TwoOffices;

  beforeAll(async () => {
    t = await startTestApp();
    offices = await createTwoOffices(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  it("serves office A's report in its turn while office B keeps 30 PDFs in flight, and refuses B beyond its share", async () => {
    const finished: string[] = [];
    const download = (who: string, url: string, token: string) =>
      t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } }).then((response) => {
        if (response.statusCode === 200) finished.push(who);
        return response;
      });
    const flood = Array.from({ length: 30 }, (_, i) =>
      download(`B${i}`, `/reports/ranking.pdf?organizationId=${offices.organizationB}`, offices.users.ownerB.token),
    );
    // Office A asks once B's requests are all in the queue.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const fromA = await download('A', `/reports/ranking.csv?organizationId=${offices.organizationA}`, offices.users.managerA.token);
    const answers = await Promise.all(flood);

    expect(fromA.statusCode).toBe(200);
    const refused = answers.filter((answer) => answer.statusCode === 429);
    // Each office may have 16 reports waiting, besides those being made.
    expect(refused.length).toBeGreaterThanOrEqual(10);
    const refusal = refused[0].json<{ errors: { message: string; extensions: { code: string } }[] }>().errors[0];
    expect(refusal.message).toBe('16 reports of your office are waiting to be made, its share of the queue; try again when they are done');
    expect(refusal.extensions.code).toBe('RATE_LIMITED');
    expect(answers.filter((answer) => answer.statusCode === 200).length).toBe(30 - refused.length);
    // A's report waited only for those B had running, and one turn of B's.
    expect(finished.indexOf('A')).toBeLessThanOrEqual(5);
    expect(finished.length - finished.indexOf('A')).toBeGreaterThanOrEqual(10);
  });
});
