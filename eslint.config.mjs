import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeOnly = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'better-sqlite3', 'kysely']

const mainPatterns = [
  { group: ['electron'], message: 'Only the thin shell (src/main/electron) imports electron; the rest of main runs in plain Node.' },
  { group: ['**/renderer/**', 'react', '@mui/*'], message: 'main does not import renderer code.' },
]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'test/artifacts/**',
      '.native-cache/**',
      // electron-vite bundles its config to a temporary file beside it while `build` runs, and the
      // checks lint in parallel with the build: a file that vanishes mid-lint failed the run (ENOENT)
      '*.config.ts.*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{mjs,cjs,js}', 'scripts/**'],
    languageOptions: { globals: globals.node },
  },
  // Process boundaries, enforced by the machine (as Signal does with file suffixes).
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...nodeOnly, 'electron', 'react', 'react-dom', '@mui/*'], message: 'src/shared is pure TypeScript: no node, electron or react.' },
            { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared imports only itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...nodeOnly, 'electron'], message: 'The renderer reaches main only through window.api.' },
            { group: ['**/main/**', '**/preload/**', '!**/preload/window-api.d'], message: 'The renderer imports only src/shared and itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'kysely', importNames: ['sql'], message: 'Raw SQL lives only in src/main/db (one module per store): services stay portable between SQLite and PostgreSQL.' }],
          patterns: mainPatterns,
        },
      ],
    },
  },
  {
    files: ['src/main/db/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: mainPatterns }] },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/main/**', '**/renderer/**', ...nodeOnly], message: 'The preload only bridges calls.' }] }],
    },
  },
  {
    // migrations are written against Kysely<any>: frozen in time, independent of today's types
    files: ['src/main/db/migrat*.ts', 'src/main/db/migrations/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)
