import { readLocalConfig } from './config';
import { type LocalCloud, startLocalCloud } from './local-cloud';
import { EXIT, StartupError } from './startup-error';

/**
 * Runs the local cloud as a process: starts it, prints where everything is, and stops it cleanly on SIGINT/SIGTERM
 * (exit 0). A start-up failure prints one explaining line and exits with its code (2 corrupt data, 3 in use) so a
 * supervisor does not loop. A second signal while stopping exits at once.
 */
export async function runLocalCloud(): Promise<LocalCloud | undefined> {
  let cloud: LocalCloud;
  try {
    cloud = await startLocalCloud({ config: readLocalConfig() });
  } catch (error) {
    if (error instanceof StartupError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(error.exitCode);
    }
    process.stderr.write(`本地云启动失败 / The local cloud failed to start: ${describe(error)}\n`);
    process.exit(EXIT.FAILED);
  }

  process.stdout.write(banner(cloud));
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      process.stderr.write(`再次收到 ${signal}，立即退出 / ${signal} again: exiting now\n`);
      process.exit(130);
    }
    stopping = true;
    process.stdout.write(`正在停止本地云… / Stopping the local cloud (${signal})…\n`);
    cloud.close().then(
      () => {
        process.stdout.write('本地云已停止 / The local cloud has stopped\n');
        process.exit(0);
      },
      (error: unknown) => {
        process.stderr.write(`停止时出错 / Error while stopping: ${describe(error)}\n`);
        process.exit(EXIT.FAILED);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return cloud;
}

export function banner(cloud: LocalCloud): string {
  const timers = cloud.timers();
  const lines = [
    `邻里 Linli 本地云已启动 / Local cloud listening on ${cloud.url}`,
    `  居民端 h5            ${cloud.url}/`,
    `  管理后台 admin       ${cloud.url}/admin/`,
    `  健康检查 health      ${cloud.url}/api/health`,
    `  云函数 functions     POST ${cloud.url}/api/fn/<name>  (${cloud.functions.join(', ')})`,
    `  定时任务 timers      ${timers.length === 0 ? '—' : timers.map((t) => `${t.fn}.${t.name}`).join(', ')}`,
    `  模拟设备 mock        ${cloud.mockDevices.url}/devices`,
    `  数据目录 data        ${cloud.dataDir} (seeded ${cloud.seed.at})`,
    '  演示账号 demo logins 将随身份认证功能提供 / come with the identity issue',
    '  按 Ctrl+C 停止 / Ctrl+C to stop',
  ];
  return `${lines.join('\n')}\n`;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` <- ${describe(error.cause)}` : '';
  return `${error.message}${cause}`;
}
