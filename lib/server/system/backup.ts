import 'server-only';
// Backups: SQLite's online backup API (consistent while the app runs) or pg_dump's custom format;
// restore puts a backup back: SQLite through the backup API into the live file, PostgreSQL through
// pg_restore --clean. Restoring replaces every row: stop the app first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { databaseConfig, stripSchemaParam, type DatabaseConfig } from '../db/config';

export function defaultBackupFile(config: DatabaseConfig, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return path.resolve(
    /*turbopackIgnore: true*/ process.cwd(),
    'data',
    'backups',
    `workbench-${stamp}.${config.kind === 'sqlite' ? 'db' : 'dump'}`,
  );
}

export async function backupDatabase(outFile?: string, config: DatabaseConfig = databaseConfig()): Promise<string> {
  const file = outFile ?? defaultBackupFile(config);
  mkdirSync(path.dirname(file), { recursive: true });
  if (config.kind === 'sqlite') {
    if (!existsSync(config.file!)) throw new Error(`No database at ${config.file}.`);
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(config.file!, { readonly: true, fileMustExist: true });
    try {
      await db.backup(file);
    } finally {
      db.close();
    }
  } else {
    const args = ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`];
    if (config.schema) args.push(`--schema=${config.schema}`);
    run('pg_dump', [...args, stripSchemaParam(config.url)]);
  }
  return file;
}

export async function restoreDatabase(file: string, config: DatabaseConfig = databaseConfig()): Promise<void> {
  if (!existsSync(file)) throw new Error(`No backup at ${file}.`);
  if (config.kind === 'sqlite') {
    const { default: Database } = await import('better-sqlite3');
    mkdirSync(path.dirname(config.file!), { recursive: true });
    const source = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const check = source.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`The backup fails SQLite's integrity check: ${String(check)}`);
      await source.backup(config.file!);
    } finally {
      source.close();
    }
  } else {
    const args = [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      `--dbname=${stripSchemaParam(config.url)}`,
    ];
    if (config.schema) args.push(`--schema=${config.schema}`);
    run('pg_restore', [...args, file]);
  }
}

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${cmd} is not available (${r.error.message}); install the PostgreSQL client tools.`);
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr.trim() || `exit ${r.status}`}`);
}
