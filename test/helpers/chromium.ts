import { type Browser, chromium } from 'playwright-core';

/** Chromium's background services call Google's hosts, which a closed network refuses. */
const QUIET_ARGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

/**
 * Headless Chromium at this path (unpacked from @sparticuz/chromium), quiet on a closed network.
 * Kept apart from the browser-test helpers, which use jest's globals: the benchmarks launch it too.
 */
export function launchChromium(executablePath: string, args: string[]): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...args, ...QUIET_ARGS], headless: true });
}
