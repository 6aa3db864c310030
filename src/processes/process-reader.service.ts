import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProcessEntity } from './process.entity.js';

/** Processes as other features (the reports) read them: plain data, never the entity. */
@Injectable()
export class ProcessReader {
  /** A process's name, in the caller's transaction; null when it does not exist (or is another office's). */
  async name(manager: EntityManager, processId: string): Promise<string | null> {
    return (await manager.findOneBy(ProcessEntity, { id: processId }))?.name ?? null;
  }
}
