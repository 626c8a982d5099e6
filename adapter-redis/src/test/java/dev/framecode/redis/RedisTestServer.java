package dev.framecode.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import redis.clients.jedis.JedisPooled;

/**
 * A real redis-server (the binary embedded-redis ships) on a free port, for one test class. It can
 * be stopped and started again on the same port, and can keep its data in an append-only file so
 * that a restart loses nothing.
 */
final class RedisTestServer implements AutoCloseable {

  private final int port;
  private final Path dataDir;
  private redis.embedded.RedisServer server;
  private JedisPooled client;

  private RedisTestServer(int port, Path dataDir) {
    this.port = port;
    this.dataDir = dataDir;
  }

  /** Starts a server that keeps everything in memory. */
  static RedisTestServer start() {
    return start(null);
  }

  /** Starts a server that writes every change to an append-only file in {@code dataDir}. */
  static RedisTestServer start(Path dataDir) {
    RedisTestServer server = new RedisTestServer(freePort(), dataDir);
    server.startServer();
    return server;
  }

  String url() {
    return "redis://localhost:" + port;
  }

  int port() {
    return port;
  }

  /** Returns a client for the test's own checks. */
  synchronized JedisPooled client() {
    if (client == null) {
      client = new JedisPooled("localhost", port);
    }
    return client;
  }

  synchronized void stopServer() {
    try {
      server.stop();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  synchronized void startServer() {
    try {
      redis.embedded.core.RedisServerBuilder builder =
          redis.embedded.RedisServer.newRedisServer()
              .port(port)
              .bind("127.0.0.1")
              .setting("save \"\"");
      if (dataDir != null) {
        builder
            .setting("dir " + dataDir.toAbsolutePath())
            .setting("appendonly yes")
            .setting("appendfsync always");
      } else {
        builder.setting("appendonly no");
      }
      server = builder.build();
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() {
    if (client != null) {
      client.close();
    }
    stopServer();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
