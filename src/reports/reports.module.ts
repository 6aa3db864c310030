import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ScoringModule } from '../scoring/scoring.module.js';
import { RankingReportReader } from './ranking-report.reader.js';
import { ReportRenderer } from './report-renderer.service.js';
import { ReportRoute } from './report.route.js';
import { VerificationReportReader } from './verification-report.reader.js';

/** Documents and tables made from stored results: verification and ranking reports (PDF, CSV, XLSX), a candidate's assessment (JSON). */
@Module({
  imports: [AuthModule, ScoringModule],
  providers: [VerificationReportReader, RankingReportReader, ReportRenderer, ReportRoute],
})
export class ReportsModule {}
