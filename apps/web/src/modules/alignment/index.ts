export { AlignmentsPage } from './components/AlignmentsPage';
export { AlignmentReviewPage } from './components/AlignmentReviewPage';
import './alignment.css';
