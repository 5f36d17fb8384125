import './memory-review.css';
export { MemoryReviewPage } from './components/MemoryReviewPage';
