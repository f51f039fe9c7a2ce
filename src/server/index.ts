/**
 * The HTTP server: `startServer({ db, host, port })` -> `{ url, close() }`.
 */
export { startServer, type RunningServer, type ServerOptions } from './server.ts';
