import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ClaimsModule } from '../claims/claims.module.js';
import { MeasurementsModule } from '../measurements/measurements.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ProcessesModule } from '../processes/processes.module.js';
import { ScoringModule } from '../scoring/scoring.module.js';
import { RankingReportReader } from './ranking-report.reader.js';
import { ReportRenderer } from './report-renderer.service.js';
import { ReportRoute } from './report.route.js';
import { VerificationReportReader } from './verification-report.reader.js';

/** Documents and tables made from stored results: verification and ranking reports (PDF, CSV, XLSX), a candidate's assessment (JSON). */
@Module({
  imports: [AuthModule, ScoringModule, ClaimsModule, MeasurementsModule, OrganizationsModule, ProcessesModule],
  providers: [VerificationReportReader, RankingReportReader, ReportRenderer, ReportRoute],
})
export class ReportsModule {}
