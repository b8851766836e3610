import * as electron from 'electron'
import { openApp } from '../app'
import { startShell } from './shell'

// The shell's wiring lives in shell.ts, which takes the electron module as an argument so that
// test/unit/electron-shell.test.ts can run it in plain Node against a recording fake.
void startShell(electron, { openApp, env: process.env, platform: process.platform, mainDir: __dirname })
