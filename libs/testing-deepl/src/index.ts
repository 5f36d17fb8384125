export { FakeDeeplServer, type DeeplRequest } from './fake-deepl-server';
