import { isStepAutomatable } from './domain/step-automatability.js';
import type { ProcessType, WorkflowStepType } from './dtos/process.type.js';
import type { ProcessEntity } from './process.entity.js';
import type { WorkflowStepEntity } from './workflow-step.entity.js';

export function toProcessType(entity: ProcessEntity): ProcessType {
  return {
    id: entity.id,
    organizationId: entity.organizationId,
    departmentId: entity.departmentId,
    name: entity.name,
    category: entity.category,
    description: entity.description,
    ownerContact: entity.ownerContact,
    status: entity.status,
    ownerUserId: entity.ownerUserId,
    exceptionRate: entity.exceptionRate,
    expectedChanges12m: entity.expectedChanges12m,
    applicationCount: entity.applicationCount,
    documentationAvailable: entity.documentationAvailable,
    statutoryDeadlineDays: entity.statutoryDeadlineDays,
    decidesAboutPerson: entity.decidesAboutPerson,
    standardisationEstimate: entity.standardisationEstimate,
    serviceHoursPerWeek: entity.serviceHoursPerWeek,
    hourlyLabourCost: entity.hourlyLabourCost,
    costPerError: entity.costPerError,
    estimatedMonthlyVolume: entity.estimatedMonthlyVolume,
    estimatedHandlingMinutes: entity.estimatedHandlingMinutes,
    estimatedErrorRate: entity.estimatedErrorRate,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

export function toWorkflowStepType(entity: WorkflowStepEntity): WorkflowStepType {
  return {
    id: entity.id,
    processId: entity.processId,
    position: entity.position,
    name: entity.name,
    minutesPerCase: entity.minutesPerCase,
    ruleBased: entity.ruleBased,
    inputType: entity.inputType,
    systems: entity.systems,
    automatableOverride: entity.automatableOverride,
    automatableReason: entity.automatableReason,
    automatable: isStepAutomatable(entity),
  };
}
