export { ReviewBox } from './components/ReviewBox';
import './review.css';
