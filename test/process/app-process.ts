// Starts the app's API in a child process (test/process/app-server.ts) against this test file's
// database, so a test can let it crash (FYNLO_FAILPOINT) or kill it, then start it again.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const entry = path.resolve(import.meta.dirname, 'app-server.ts');

export type AppProcess = {
  origin: string;
  child: ChildProcess;
  /** Resolves with the signal (or exit code) the process ended with. */
  exited: Promise<NodeJS.Signals | number | null>;
  stop(): Promise<void>;
};

/** Starts the API with this process's environment plus `env`; resolves once it listens. */
export async function startAppProcess(env: Record<string, string> = {}): Promise<AppProcess> {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', entry], {
    // eslint-disable-next-line no-restricted-syntax -- the child gets this test's environment (database, secret)
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  const origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /listening (\S+)/.exec(output);
      if (listening) resolve(listening[1]!);
    });
    void exited.then((how) => reject(new Error(`the app process ended before listening (${how})`)));
  });
  return {
    origin,
    child,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
