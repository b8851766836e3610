import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { CSP_META } from './src/main/electron/security'

/**
 * Writes the renderer's CSP <meta> from the one policy the shell enforces and the tests check
 * (src/main/electron/security.ts), right after the charset so it precedes every script.
 * Build only: the dev server's React-refresh preamble is an inline script, and in dev the shell
 * sends a relaxed header (devCsp) for the dev server's pages instead.
 */
function cspMeta(): Plugin {
  const charset = '<meta charset="UTF-8" />'
  const content = CSP_META.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
  return {
    name: 'tourdesk-csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      // a renderer built without its policy must not ship
      if (!html.includes(charset)) throw new Error(`index.html lost ${charset}: cannot place the CSP`)
      return html.replace(
        charset,
        `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${content}" />`,
      )
    },
  }
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // dependencies stay in node_modules and are required at run time; better-sqlite3 (native) must
      externalizeDeps: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/main/electron/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() npm packages: bundle everything (zod included) into one file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), cspMeta()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the renderer unminified; every window (and every browser test) parses
      // the whole bundle at start-up, and minified it is well under half the size
      minify: true,
      // a desktop app reads its chunks from disk, not over a network: size matters for parsing
      // (hence the minifying and the lazy print layouts), not for download
      chunkSizeWarningLimit: 2500,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
      },
    },
  },
})
