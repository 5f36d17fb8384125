export { MembersPanel } from './components/MembersPanel';
import './members.css';
