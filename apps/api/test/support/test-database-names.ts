/** Names shared by the run-wide PostgreSQL (global setup) and each test file's app. */
export const TEMPLATE_DATABASE = 'interlinea_template';
export const SERVER_URL_ENV = 'INTERLINEA_TEST_POSTGRES';
