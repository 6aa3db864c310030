import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ProcessCategory } from '../../processes/domain/process.enums.js';
import { EvidenceGrade } from '../../measurements/domain/measurement.enums.js';
import { MAX_PORTFOLIO_SIZE } from '../../scoring/dtos/scoring.types.js';
import { Quadrant, RankingOrder } from '../../scoring/scoring.enums.js';

/** Candidates a ranking report lists and sums when `top` is not given. */
export const DEFAULT_REPORT_TOP = 20;

/**
 * The query of `/reports/ranking.<format>`: the office and the ranking's filters under the names
 * the web app's ranking address uses, so the screen links its own view.
 */
export class RankingReportQuery {
  @IsUUID('all', { message: 'organizationId must be the id of an office (a UUID)' })
  organizationId: string;

  @IsOptional()
  @IsEnum(ProcessCategory, { message: `category must be one of ${Object.values(ProcessCategory).join(', ')}` })
  category?: ProcessCategory;

  @IsOptional()
  @IsUUID('all', { message: 'department must be the id of a department (a UUID)' })
  department?: string;

  @IsOptional()
  @IsEnum(Quadrant, { message: `quadrant must be one of ${Object.values(Quadrant).join(', ')}` })
  quadrant?: Quadrant;

  @IsOptional()
  @IsEnum(EvidenceGrade, { message: `minEvidence must be one of ${Object.values(EvidenceGrade).join(', ')}` })
  minEvidence?: EvidenceGrade;

  @IsOptional()
  @IsEnum(RankingOrder, { message: `order must be one of ${Object.values(RankingOrder).join(', ')}` })
  order?: RankingOrder;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: `top must be a whole number between 1 and ${MAX_PORTFOLIO_SIZE}` })
  @Min(1, { message: `top must be a whole number between 1 and ${MAX_PORTFOLIO_SIZE}` })
  @Max(MAX_PORTFOLIO_SIZE, { message: `top must be a whole number between 1 and ${MAX_PORTFOLIO_SIZE}` })
  top?: number;
}
