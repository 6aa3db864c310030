import { ImportAdmission, type ImportSlot, isImportRefusal } from '../import-admission.js';

function slot(entry: ReturnType<ImportAdmission['enter']>): ImportSlot {
  if (isImportRefusal(entry)) throw new Error(`refused by the ${entry.limit} limit`);
  return entry;
}

describe('ImportAdmission', () => {
  const limits = { atOnce: 3, atOncePerOrganization: 2, atOncePerUser: 1 };

  it('lets one user run one import, and again once it is released (twice released counts once)', () => {
    const admission = new ImportAdmission(limits);
    const first = slot(admission.enter('u1', 'A'));
    expect(admission.enter('u1', 'A')).toEqual({ limit: 'user', running: 1 });
    first.release();
    first.release();
    slot(admission.enter('u1', 'A'));
    expect(admission.enter('u1', 'A')).toEqual({ limit: 'user', running: 1 });
  });

  it("keeps one office from taking the server's every slot: another office still gets one", () => {
    const admission = new ImportAdmission(limits);
    slot(admission.enter('b1', 'B'));
    slot(admission.enter('b2', 'B'));
    expect(admission.enter('b3', 'B')).toEqual({ limit: 'organization', running: 2 });
    const officeA = slot(admission.enter('a1', 'A'));
    expect(admission.enter('c1', 'C')).toEqual({ limit: 'server', running: 3 });
    officeA.release();
    slot(admission.enter('c1', 'C'));
  });
});
