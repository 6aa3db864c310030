import { FEATURE_MODULES } from '../app/feature-modules.js';
import { entitiesOf } from './feature-entities.js';

/**
 * Every entity of the schema, as the features' modules declare them: the list the data sources
 * made outside the application (migrations, restore, commands, start-up) are given, the same the
 * application discovers for itself (autoLoadEntities). The migration drift test compares them
 * with migrations/.
 */
export const ENTITIES = entitiesOf(FEATURE_MODULES);
