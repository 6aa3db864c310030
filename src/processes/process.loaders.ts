import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { groupBy, type LoaderSet } from '../common/loaders/request-loaders.js';
import { WorkflowStepEntity } from './workflow-step.entity.js';

export const processLoaders: LoaderSet<{ stepsByProcessId: DataLoader<string, WorkflowStepEntity[]> }> = (read) => ({
  stepsByProcessId: new DataLoader(async (processIds) =>
    groupBy(
      processIds,
      await read((m) => m.find(WorkflowStepEntity, { where: { processId: In([...processIds]) }, order: { position: 'ASC' } })),
      (step) => step.processId,
    ),
  ),
});
