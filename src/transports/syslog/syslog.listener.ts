import dgram from 'node:dgram';
import fs from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
import net from 'node:net';
import tls from 'node:tls';
import type { Logger } from '../../logging/logger.js';
import type { Frame } from './framing.js';
import { datagramFrame, SyslogFramer } from './framing.js';
import type { SyslogSink } from './syslog-sink.js';
import type { TenantMap } from './tenant-map.js';

export interface ListenerOptions {
  host: string;
  /** 0: off. Tests pass `'any'` to get a free port. */
  udpPort: number | 'any';
  tcpPort: number | 'any';
  tlsPort: number | 'any';
  tlsCert?: string;
  tlsKey?: string;
  maxMessageBytes: number;
  /** A connection silent this long is closed. */
  idleMs?: number;
}

export interface ListeningPorts {
  udp?: number;
  tcp?: number;
  tls?: number;
}

const MAX_CONNECTIONS = 1000;

/**
 * The syslog listener: UDP (one message per datagram), TCP and TLS (octet counting or LF
 * framing, told apart per connection). Each message is handed to the sink under the tenant its
 * sender's address maps to; unreadable frames are dead-lettered there; senders no tenant claimed
 * are counted and logged. Nothing a sender does can throw out of a handler.
 */
export class SyslogListener {
  private udp: dgram.Socket | undefined;
  private servers: net.Server[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly unmappedLogged = new Set<string>();
  /** Messages numbered in arrival order, so a dead letter can be placed among its neighbours. */
  private seq = 0;

  constructor(
    private readonly sink: SyslogSink,
    private readonly tenants: () => TenantMap,
    private readonly options: ListenerOptions,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<ListeningPorts> {
    const ports: ListeningPorts = {};
    const port = (p: number | 'any') => (p === 'any' ? 0 : p);
    if (this.options.udpPort !== 0) ports.udp = await this.startUdp(port(this.options.udpPort));
    if (this.options.tcpPort !== 0)
      ports.tcp = await this.listen(net.createServer(), port(this.options.tcpPort), 'tcp');
    if (this.options.tlsPort !== 0)
      ports.tls = await this.listen(this.tlsServer(), port(this.options.tlsPort), 'tls');
    return ports;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await Promise.all(
      this.servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))),
    );
    if (this.udp) await new Promise<void>((resolve) => this.udp?.close(() => resolve()));
  }

  private tlsServer(): tls.Server {
    const { tlsCert, tlsKey } = this.options;
    if (!tlsCert || !tlsKey)
      throw new Error(
        'the syslog TLS listener needs BULWARK_SYSLOG_TLS_CERT and BULWARK_SYSLOG_TLS_KEY (PEM files)',
      );
    return tls.createServer({
      cert: fs.readFileSync(tlsCert),
      key: fs.readFileSync(tlsKey),
      minVersion: 'TLSv1.2',
    });
  }

  private async listen(
    server: net.Server,
    port: number,
    transport: 'tcp' | 'tls',
  ): Promise<number> {
    server.maxConnections = MAX_CONNECTIONS;
    const event = transport === 'tls' ? 'secureConnection' : 'connection';
    server.on(event, (socket: Socket) => this.onConnection(socket, transport));
    server.on('tlsClientError', (error: Error) =>
      this.logger.info({ err: error.message }, 'syslog TLS handshake refused'),
    );
    server.on('error', (error) =>
      this.logger.error({ err: error, transport }, 'syslog listener error'),
    );
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, this.options.host, () => resolve());
    });
    this.servers.push(server);
    return (server.address() as AddressInfo).port;
  }

  private onConnection(socket: Socket, transport: 'tcp' | 'tls'): void {
    this.sockets.add(socket);
    const framer = new SyslogFramer(this.options.maxMessageBytes);
    const from = socket.remoteAddress ?? '';
    socket.setTimeout(this.options.idleMs ?? 5 * 60_000, () => socket.end());
    socket.on('data', (chunk: Buffer) => this.deliver(framer.push(chunk), from, transport));
    socket.on('end', () => this.deliver(framer.end(), from, transport));
    socket.on('error', (error) =>
      this.logger.debug({ err: error.message, from }, 'syslog connection error'),
    );
    socket.on('close', () => this.sockets.delete(socket));
  }

  private startUdp(port: number): Promise<number> {
    const socket = dgram.createSocket(net.isIPv6(this.options.host) ? 'udp6' : 'udp4');
    socket.on('message', (datagram, remote) => {
      const frame = datagramFrame(datagram, this.options.maxMessageBytes);
      if (frame) this.deliver([frame], remote.address, 'udp');
    });
    socket.on('error', (error) => this.logger.error({ err: error }, 'syslog UDP listener error'));
    this.udp = socket;
    return new Promise((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(port, this.options.host, () => resolve(socket.address().port));
    });
  }

  private deliver(frames: readonly Frame[], from: string, transport: string): void {
    if (frames.length === 0) return;
    const tenantId = this.tenants().tenantFor(from);
    const origin = `syslog:${transport}:${from}`;
    if (tenantId === undefined) return this.unmapped(from, frames.length);
    for (const frame of frames) {
      const line = ++this.seq;
      if (frame.kind === 'message') this.sink.accept(tenantId, { text: frame.text, line, origin });
      else
        this.sink.refuse(tenantId, {
          format: 'cef',
          origin,
          line,
          reason: frame.reason,
          raw: frame.raw,
        });
    }
  }

  private unmapped(from: string, n: number): void {
    this.sink.counts.unmapped += n;
    if (this.unmappedLogged.has(from)) return;
    if (this.unmappedLogged.size > 10_000) this.unmappedLogged.clear();
    this.unmappedLogged.add(from);
    this.logger.warn(
      { from },
      'syslog from a sender no tenant claimed: refused (add its network with "bulwark syslog source add")',
    );
  }
}
