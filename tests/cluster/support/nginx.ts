import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";

// Debian's nginx in front of the instances, run as a foreground process with everything it
// writes (pid, logs, buffered bodies) in the test's own folder. The part that proxies is the
// repository's deploy/nginx/bdp-proxy.conf, included as it is; only the upstream's ports and the
// listening address are the test's.

export const NGINX = "/usr/sbin/nginx";

export function nginxConfig(dir: string, port: number, upstreamPorts: number[]): string {
  const servers = upstreamPorts.map((upstream) => `        server 127.0.0.1:${upstream} max_fails=1 fail_timeout=5s;`).join("\n");
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
    # Which instance answered, after how many attempts: the figures behind a failover.
    log_format cluster '$time_iso8601 $request_id "$request" $status $bytes_sent upstream=$upstream_addr upstream_status=$upstream_status time=$request_time conn=$connection/$connection_requests';
    access_log ${dir}/access.log cluster;
    client_body_temp_path ${dir}/client-body;
    proxy_temp_path ${dir}/proxy;
    fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi;
    scgi_temp_path ${dir}/scgi;
    upstream bdp_instances {
${servers}
        keepalive 16;
    }
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        include ${path.resolve("deploy/nginx/bdp-proxy.conf")};
    }
}
`;
}

export type Nginx = {
  /** Where the access log ends now: pass it to retriedSince() after the requests of interest. */
  logMark(): Promise<number>;
  /** Requests logged after the mark that went to more than one instance (nginx retried them). */
  retriedSince(mark: number): Promise<number>;
  stop(): Promise<void>;
};

export async function startNginx(dir: string, port: number, upstreamPorts: number[]): Promise<Nginx> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install -y nginx (.ci/run does it).`);
  await mkdir(dir, { recursive: true });
  const config = path.join(dir, "nginx.conf");
  await writeFile(config, nginxConfig(dir, port, upstreamPorts));
  const child: ChildProcess = spawn(NGINX, ["-p", dir, "-e", path.join(dir, "error.log"), "-c", config, "-g", "daemon off;"], { stdio: "inherit" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const started = Date.now();
  while (!(await fetch(`http://127.0.0.1:${port}/api/zdrowie`).then(() => true, () => false))) {
    if (child.exitCode !== null) throw new Error(`nginx exited (code ${child.exitCode}); see ${dir}/error.log`);
    if (Date.now() - started > 10_000) throw new Error(`nginx does not answer on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const accessLog = path.join(dir, "access.log");
  return {
    logMark: async () => (await stat(accessLog).catch(() => ({ size: 0 }))).size,
    async retriedSince(mark) {
      const lines = (await readFile(accessLog)).subarray(mark).toString("utf8").split("\n");
      return lines.filter((line) => /upstream=\S+, /.test(line)).length;
    },
    async stop() {
      child.kill("SIGQUIT"); // graceful: finish the requests it has
      await exited;
    },
  };
}
