import { Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { refreshStaleBaselines } from './baseline.calculator.js';

/** How the start-up has the baseline figures of an older method recomputed. */
@Injectable()
export class BaselineRefresher {
  /** As the schema owner, one transaction per period; the processes whose figures changed, to be re-scored. */
  refreshStale(owner: DataSource): Promise<string[]> {
    return refreshStaleBaselines(owner);
  }
}
