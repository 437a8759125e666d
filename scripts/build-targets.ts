import { existsSync } from 'node:fs';
import path from 'node:path';
import { listInputFiles } from '../cloudfunctions/scripts/inputs-hash';

export const REPO_ROOT = path.resolve(__dirname, '..');

/** A web or mini-program build made by its workspace's own build script. */
export interface WorkspaceTarget {
  name: string;
  /** What the line says it is. */
  label: string;
  outDir: string;
  /** Only a finished build has it, so a half-written output folder is rebuilt. */
  marker: string;
  /** Every file whose content changes the output. */
  inputs(): string[];
  command: readonly [string, ...string[]];
}

const at = (...parts: string[]): string => path.join(REPO_ROOT, ...parts);
const files = (...paths: string[]): string[] => paths.map((p) => at(p)).filter((file) => existsSync(file));

/** Everything every target builds from: the shared package, the compiler settings and the installed versions. */
function commonInputs(): string[] {
  return [...listInputFiles(at('shared')), ...files('tsconfig.json', 'package.json', 'package-lock.json')];
}

function miniprogramInputs(): string[] {
  return [
    ...commonInputs(),
    ...['src', 'config', 'types', 'scripts'].flatMap((dir) => listInputFiles(at('miniprogram', dir))),
    ...files(
      'miniprogram/package.json',
      'miniprogram/babel.config.js',
      'miniprogram/tsconfig.json',
      'miniprogram/project.config.json',
      'project.config.json',
    ),
  ];
}

/** Built one after the other: two cores cannot take two webpack builds at once without slowing both. */
export const WORKSPACE_TARGETS: readonly WorkspaceTarget[] = [
  {
    name: 'admin',
    label: 'admin-h5/dist',
    outDir: at('admin-h5', 'dist'),
    marker: 'index.html',
    inputs: () => [
      ...commonInputs(),
      ...listInputFiles(at('admin-h5', 'src')),
      ...files('admin-h5/index.html', 'admin-h5/vite.config.ts', 'admin-h5/tsconfig.json', 'admin-h5/package.json'),
      ...listInputFiles(at('admin-h5', 'public')),
    ],
    command: ['npm', 'run', 'build', '-w', 'admin-h5'],
  },
  {
    name: 'h5',
    label: 'miniprogram/dist-h5',
    outDir: at('miniprogram', 'dist-h5'),
    marker: 'index.html',
    inputs: miniprogramInputs,
    command: ['npm', 'run', 'build:h5', '-w', 'miniprogram'],
  },
  {
    name: 'weapp',
    label: 'miniprogram/dist-weapp',
    outDir: at('miniprogram', 'dist-weapp'),
    marker: 'app.json',
    inputs: miniprogramInputs,
    command: ['npm', 'run', 'build:weapp', '-w', 'miniprogram'],
  },
];
