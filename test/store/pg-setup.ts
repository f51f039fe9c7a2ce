/** Setup of the `store-pg` project (vitest.config.ts): each test file drops the PostgreSQL schemas it created. */
import { afterAll } from 'vitest';
import { dropTestSchemas } from './backend.ts';

afterAll(async () => {
  // After the file's own afterAll hooks closed its stores (they run first: this hook was registered first).
  await new Promise((r) => setTimeout(r, 50));
  await dropTestSchemas();
});
