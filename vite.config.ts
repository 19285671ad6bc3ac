import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import jsonSchema from './scripts/vite-plugin-json-schema.ts';

export default defineConfig({
  plugins: [react(), jsonSchema()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: { sourcemap: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
