#!/usr/bin/env node
// Runs a build command only when an input changed since the last successful build, so that
// `npm start` and `npm run import` on unchanged sources start at once instead of recompiling.
//
//   node src/tooling/build-if-stale.mjs --stamp <file> --inputs <path,path,...> [--inputs-from <file.json>] [--label <what>] -- <command> [args...]
//
// --inputs-from names a JSON list of further input files that the build itself records (the web
// app's build lists the files of src/ it bundled): inputs derived from what is really imported.
// Without that list (never built, or built before it existed) the build runs.
// With --label, a build says what it is building and how long it took (on standard error), so
// that a first start, which builds for a minute or more, never looks hung.
// Inputs are files or folders (walked recursively; folder times count, so deleting a file is a
// change). The stamp gets the time the build started: an edit made during a build is not lost.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function parseArguments(argv) {
  const separator = argv.indexOf('--');
  if (separator === -1) throw new Error('usage: build-if-stale --stamp <file> --inputs <a,b,...> [--output <file>] -- <command...>');
  const options = {};
  const own = argv.slice(0, separator);
  for (let i = 0; i < own.length; i += 2) options[own[i].replace(/^--/, '')] = own[i + 1];
  if (!options.stamp || !options.inputs) throw new Error('--stamp and --inputs are required');
  return {
    stamp: options.stamp,
    output: options.output,
    label: options.label,
    inputs: options.inputs.split(','),
    inputsFrom: options['inputs-from'],
    command: argv.slice(separator + 1),
  };
}

/** The newest modification time among the inputs, folders included. */
function newestInput(inputs) {
  let newest = 0;
  const pending = inputs.filter((input) => existsSync(input));
  while (pending.length > 0) {
    const current = pending.pop();
    const stats = statSync(current);
    newest = Math.max(newest, stats.mtimeMs);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(current)) {
        if (entry !== 'node_modules' && entry !== '.git') pending.push(path.join(current, entry));
      }
    }
  }
  return newest;
}

const { stamp, output, label, inputs, inputsFrom, command } = parseArguments(process.argv.slice(2));
// The Docker image ships the build output and this script, not the sources or the compiler's
// configuration: there is nothing to build there. It says so (ENV RPA_READINESS_PREBUILT=true)
// rather than leaving it to be guessed from absent inputs, because this script's own folder is
// one of them (src).
if (process.env.RPA_READINESS_PREBUILT === 'true') process.exit(0);
const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const outputMissing = (output !== undefined && !existsSync(output)) || (inputsFrom !== undefined && !existsSync(inputsFrom));
const recorded = inputsFrom !== undefined && existsSync(inputsFrom) ? JSON.parse(readFileSync(inputsFrom, 'utf8')) : [];
// A recorded input that is gone changed too: the build that used it must run again.
const recordedGone = recorded.some((input) => !existsSync(input));
if (!outputMissing && !recordedGone && builtAt > 0 && newestInput([...inputs, ...recorded]) <= builtAt) process.exit(0);

const started = new Date();
if (label) console.error(`rpa-readiness: building ${label}${builtAt === 0 ? ' for the first time (a minute or two)' : ' (its sources changed)'}...`);
const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
if (label) console.error(`rpa-readiness: built ${label} in ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s`);
mkdirSync(path.dirname(stamp), { recursive: true });
writeFileSync(stamp, `${started.toISOString()}\n`);
utimesSync(stamp, started, started);
