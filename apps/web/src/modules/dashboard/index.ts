export { DashboardPage } from './components/DashboardPage';
import 'uplot/dist/uPlot.min.css';
import './dashboard.css';
