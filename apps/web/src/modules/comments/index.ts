export { CommentsPanel } from './components/CommentsPanel';
export { CommentCountBadge } from './components/CommentCountBadge';
export { InboxLink } from './components/InboxLink';
export { InboxPage } from './components/InboxPage';
export { hasOpenComments } from './utils/has-open-comments';
import './comments.css';
