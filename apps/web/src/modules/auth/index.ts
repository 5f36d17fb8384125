export { InvitePage } from './components/InvitePage';
export { LoginPage } from './components/LoginPage';
export { SetupPage } from './components/SetupPage';
import './auth.css';
