package io.github.byline;

import io.github.byline.entities.NameFinderModels;
import io.github.byline.pipeline.Analysis;
import io.github.byline.seeds.Seeds;
import io.github.byline.text.Document;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs the whole pipeline in a JVM where every way of opening a connection trips a wire: {@code
 * java.net} sockets (also under {@code HttpURLConnection}), NIO channels (also under {@code
 * java.net.http.HttpClient}), datagrams and {@code http}/{@code https}/{@code ftp} URLs. Started by
 * {@link NoNetworkTest} with {@code -Djava.nio.channels.spi.SelectorProvider=} {@link Tripwire}.
 * Exits 0 when nothing tripped, 3 when something did (even if the library swallowed the error), 4
 * when the wires themselves do not work.
 */
public final class NoNetworkMain {

  static final String CLEAN = "NO-NETWORK-OK";

  static final List<String> TRIPPED = new CopyOnWriteArrayList<>();

  private NoNetworkMain() {}

  static IOException trip(String what) {
    TRIPPED.add(what);
    return new IOException("network access refused by the test: " + what);
  }

  /** Refuses every NIO channel and selector. */
  public static final class Tripwire extends SelectorProvider {
    @Override
    public DatagramChannel openDatagramChannel() throws IOException {
      throw trip("DatagramChannel");
    }

    @Override
    public DatagramChannel openDatagramChannel(ProtocolFamily family) throws IOException {
      throw trip("DatagramChannel");
    }

    @Override
    public Pipe openPipe() throws IOException {
      throw trip("Pipe");
    }

    @Override
    public AbstractSelector openSelector() throws IOException {
      throw trip("Selector");
    }

    @Override
    public ServerSocketChannel openServerSocketChannel() throws IOException {
      throw trip("ServerSocketChannel");
    }

    @Override
    public SocketChannel openSocketChannel() throws IOException {
      throw trip("SocketChannel");
    }
  }

  private static final class RefusingHandler extends URLStreamHandler {
    @Override
    protected URLConnection openConnection(URL u) throws IOException {
      throw trip("URL " + u);
    }
  }

  @SuppressWarnings("deprecation") // the factories are the only hooks java.net has
  private static void installWires() throws IOException {
    if (!(SelectorProvider.provider() instanceof Tripwire)) {
      throw new IllegalStateException("start with -Djava.nio.channels.spi.SelectorProvider");
    }
    Socket.setSocketImplFactory(
        () -> {
          TRIPPED.add("Socket");
          throw new IllegalStateException("network access refused by the test: Socket");
        });
    ServerSocket.setSocketFactory(
        () -> {
          TRIPPED.add("ServerSocket");
          throw new IllegalStateException("network access refused by the test: ServerSocket");
        });
    DatagramSocket.setDatagramSocketImplFactory(
        () -> {
          TRIPPED.add("DatagramSocket");
          throw new IllegalStateException("network access refused by the test: DatagramSocket");
        });
    URL.setURLStreamHandlerFactory(
        protocol ->
            switch (protocol) {
              case "http", "https", "ftp" -> new RefusingHandler();
              default -> null;
            });
  }

  /** Each wire trips when touched; otherwise a clean run would prove nothing. */
  private static void checkWires() {
    Runnable[] probes = {
      () -> call(() -> new URL("http://127.0.0.1:9/").openStream().close()),
      () -> call(() -> new URL("https://127.0.0.1:9/").openConnection().connect()),
      () -> call(() -> SocketChannel.open(new InetSocketAddress("127.0.0.1", 9)).close()),
      () -> call(() -> new Socket("127.0.0.1", 9).close()),
      () -> call(() -> new DatagramSocket().close()),
      () -> call(() -> java.net.http.HttpClient.newHttpClient()),
    };
    for (Runnable probe : probes) {
      int before = TRIPPED.size();
      probe.run();
      if (TRIPPED.size() == before) {
        System.out.println("a wire did not trip: probe " + before);
        System.exit(4);
      }
    }
    TRIPPED.clear();
  }

  private interface Call {
    void run() throws Exception;
  }

  private static void call(Call c) {
    try {
      c.run();
    } catch (Exception | Error e) {
      // expected: the wire refused
    }
  }

  /** Links, scripts, frames and a DTD that a careless parser or fetcher would follow. */
  static final String HTML =
      """
      <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" \
      "http://127.0.0.1:9/xhtml1-strict.dtd">
      <html><head><base href="http://127.0.0.1:9/">
      <title>Port reopens | Example News</title>
      <link rel="stylesheet" href="http://127.0.0.1:9/a.css">
      <link rel="canonical" href="https://127.0.0.1:9/port">
      <meta property="og:url" content="https://127.0.0.1:9/port">
      <meta http-equiv="refresh" content="30;url=http://127.0.0.1:9/">
      <script src="http://127.0.0.1:9/a.js"></script></head>
      <body><nav><a href="http://127.0.0.1:9/news">News</a></nav>
      <article><h1>Port reopens</h1>
      <p>The port of Gdansk reopened on Monday, officials said.</p>
      <p><img src="http://127.0.0.1:9/p.jpg" alt="The port">"Ships are moving again," harbor
      master Jan Nowak told reporters.</p>
      <iframe src="http://127.0.0.1:9/frame"></iframe>
      <object data="http://127.0.0.1:9/o.swf"></object></article></body></html>
      """;

  public static void main(String[] args) throws Exception {
    installWires();
    checkWires();

    Byline byline = Byline.builder().stripBoilerplate().entities().attributions().build();
    int attributions = 0;
    for (Seeds.Seed seed : Seeds.all()) {
      attributions += byline.analyze(seed.document()).attributions().size();
    }
    Analysis html = byline.analyze(Document.ofHtml(HTML, "http://127.0.0.1:9/port"));
    attributions += html.attributions().size();

    // A model loaded from a file, as `--model` does.
    Path model = Files.createTempFile("byline-model", ".bin");
    try (InputStream in =
        NameFinderModels.class.getResourceAsStream(NameFinderModels.CLASSPATH_MODEL)) {
      Files.write(model, in.readAllBytes());
    }
    NameFinderModels.load(model);
    Files.delete(model);

    if (!TRIPPED.isEmpty()) {
      System.out.println("network access attempted: " + TRIPPED);
      System.exit(3);
    }
    if (attributions == 0 || !html.body().contains("Ships are moving again")) {
      System.out.println("the pipeline did not run: " + attributions + " attributions");
      System.exit(4);
    }
    System.out.println(CLEAN + " " + attributions + " attributions");
  }
}
