export { ReviewBox } from './components/ReviewBox';
