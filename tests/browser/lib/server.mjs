// Starts `citybadges serve --demo` on a free port with a fresh data directory, waits for /readyz,
// and reads the demo logins it prints. The binary comes from CITYBADGES_BIN.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { TIMEOUTS } from './config.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** @returns {Promise<{base: string, logins: Map<string,string>, dataDir: string, stop: () => Promise<void>}>} */
export async function startServer({ logFile }) {
  const bin = process.env.CITYBADGES_BIN;
  if (!bin) throw new Error('CITYBADGES_BIN is not set: point it at the citybadges binary (e.g. $CARGO_TARGET_DIR/debug/citybadges)');
  if (!fs.existsSync(bin)) throw new Error(`CITYBADGES_BIN=${bin}: no such file`);
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'citybadges-browser-'));
  const base = `http://127.0.0.1:${port}`;
  const log = fs.createWriteStream(logFile);
  const child = spawn(bin, ['serve', '--demo', '--bind', `127.0.0.1:${port}`, '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NO_COLOR: '1',
      RUST_LOG: process.env.RUST_LOG || 'warn',
      // Every journey signs in from 127.0.0.1, once per locale × viewport: lift the per-address
      // limits so the suite tests pages, not the rate limiter (tests/http covers that).
      CITYBADGES_RATE_LIMITS__LOGIN_PER_MINUTE: '1000',
      CITYBADGES_RATE_LIMITS__SIGNUP_PER_HOUR: '1000',
      CITYBADGES_RATE_LIMITS__EMAIL_PER_HOUR: '1000',
      CITYBADGES_RATE_LIMITS__VERIFY_PER_MINUTE: '1000',
    },
  });
  let stdout = '';
  child.stdout.on('data', (d) => { stdout += d; log.write(d); });
  child.stderr.on('data', (d) => log.write(d));
  let exited = null;
  const exitPromise = new Promise((resolve) => child.on('exit', (code, signal) => { exited = { code, signal }; resolve(); }));
  // However this process ends (a failure, a timeout's SIGTERM, Ctrl-C), the server goes with it.
  const reap = () => {
    if (!exited) child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.on('exit', reap);
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.once(sig, () => process.exit(128 + os.constants.signals[sig]));

  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      await Promise.race([exitPromise, sleep(5000)]);
      if (!exited) { child.kill('SIGKILL'); await exitPromise; }
    }
    log.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.off('exit', reap);
  };

  const deadline = Date.now() + TIMEOUTS.serverReady;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`citybadges exited before it was ready (${JSON.stringify(exited)}); see ${logFile}`);
    }
    try {
      const r = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`citybadges was not ready within ${TIMEOUTS.serverReady} ms; see ${logFile}`);
    }
    await sleep(250);
  }

  // "demo logins (password for all: …):" then "  <who>  <email>" lines.
  const logins = new Map();
  for (const line of stdout.split('\n')) {
    const m = line.match(/^\s{2}(.+?)\s+(\S+@\S+)\s*$/);
    if (m) logins.set(m[1].trim(), m[2]);
  }
  return { base, logins, dataDir, stop };
}
