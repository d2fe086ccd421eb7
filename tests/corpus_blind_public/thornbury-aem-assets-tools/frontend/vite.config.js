import fs from 'node:fs';
import { defineConfig } from 'vite';

export default defineConfig({
  server: {
    port: 5443,
    https: {
      key: fs.readFileSync('./dev-certs/localhost-key.pem'),
      cert: fs.readFileSync('./dev-certs/localhost.pem'),
    },
    proxy: {
      '/api': {
        target: 'https://author-p48213-e512907.adobeaemcloud.com',
        changeOrigin: true,
        rewrite: (p) => p.replace(/^\/api/, ''),
      },
    },
  },
});
