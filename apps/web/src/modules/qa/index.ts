import './qa.css';

export { SegmentQa } from './components/SegmentQa';
export { QaReportPage } from './components/QaReportPage';
export { QaReportLink } from './components/QaReportLink';
export { QaSettingsSection } from './components/QaSettingsSection';
export { ExportQaCheck } from './components/ExportQaCheck';
export { qaReportKey } from './hooks/use-qa-report';
export { useQaSeverity } from './hooks/use-qa-severity';
