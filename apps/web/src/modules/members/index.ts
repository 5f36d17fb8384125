export { MembersPanel } from './components/MembersPanel';
