import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

/**
 * electron-builder.yml is where the release fuses live (issue 2, "Security, built in"); a typo
 * in a key would silently leave a fuse at Electron's default. The file is checked against
 * electron-builder's own JSON schema, then its security settings are read back.
 * js-yaml and ajv come with electron-builder and electron-store; they have no types of their own.
 */
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const Ajv = require('ajv') as new (options: object) => {
  compile(schema: unknown): ((data: unknown) => boolean) & { errors?: unknown[] | null };
};

const root = path.resolve(import.meta.dirname, '..', '..');
const config: unknown = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
const packageJson = z
  .object({ main: z.string() })
  .parse(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')));

const ReleaseConfig = z.object({
  appId: z.string(),
  productName: z.string(),
  asar: z.literal(true),
  files: z.array(z.string()),
  electronFuses: z.record(z.string(), z.boolean()),
  fileAssociations: z.array(z.object({ ext: z.string() })),
  mac: z.object({ target: z.array(z.string()) }),
  win: z.object({ target: z.array(z.string()) }),
  linux: z.object({ target: z.array(z.string()) }),
});

describe('electron-builder.yml', () => {
  it('is valid for the installed electron-builder', () => {
    const schema: unknown = JSON.parse(
      readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'),
    );
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('sets every release fuse the issue asks for', () => {
    expect(ReleaseConfig.parse(config).electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('names the app, packs it into asar and opens .tradeoff files', () => {
    const release = ReleaseConfig.parse(config);
    expect(release.productName).toBe('Tradeoff');
    expect(release.asar).toBe(true);
    expect(release.fileAssociations.map((a) => a.ext)).toEqual(['tradeoff']);
  });

  it('packs the main entry package.json points at', () => {
    const release = ReleaseConfig.parse(config);
    expect(packageJson.main).toBe('dist/electron/main.cjs');
    expect(release.files).toEqual(expect.arrayContaining(['package.json', 'dist/electron/**']));
    expect(release.files).toContain('dist/renderer/**');
  });

  it('builds for macOS, Windows and Linux', () => {
    const release = ReleaseConfig.parse(config);
    expect(release.mac.target.length).toBeGreaterThan(0);
    expect(release.win.target.length).toBeGreaterThan(0);
    expect(release.linux.target.length).toBeGreaterThan(0);
  });
});
