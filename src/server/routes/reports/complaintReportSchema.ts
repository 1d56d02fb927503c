export * from '../../../shared/api/complaintReports.ts';
