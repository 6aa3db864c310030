import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ReportRoute } from './report.route.js';
import { VerificationReportReader } from './verification-report.reader.js';

/** Documents and tables made from stored results: verification reports (PDF, CSV, XLSX). */
@Module({
  imports: [AuthModule],
  providers: [VerificationReportReader, ReportRoute],
})
export class ReportsModule {}
