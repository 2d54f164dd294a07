package nl.codewijzer.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketFrame;
import com.microsoft.playwright.WebSocketRoute;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A page's push WebSocket, run through a route a test (or the team-day benchmark) can cut. Dropped: the
 * browser is offline and frames the server sends into the open connection are lost, as on a phone that
 * drops off the wifi while the server still writes into the half-open connection (Chromium's offline mode
 * leaves open WebSockets alone); a new connection is refused. Restored: the browser is online and the stale
 * connection is closed at both ends, as it is once the network notices, so Vaadin opens a new one.
 *
 * <p>Frames pass through the Playwright client of the JVM that made the link, which handles them only while
 * that JVM's thread calls Playwright. The link counts the frames it hands to the browser after the last
 * {@link #restore()} ({@link #framesSinceRestore()}), so the benchmark can report what a view received
 * while it caught up.
 */
public final class PushLink {

    private final Page page;
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    /** {@code [epoch ms, bytes]} of every frame from the server handed to the browser since the last restore. */
    private final List<long[]> delivered = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    /** One push WebSocket through the route; once cut, nothing passes it again, in either direction. */
    private record Connection(WebSocketRoute browserSide, WebSocketRoute serverSide, AtomicBoolean cut) {
    }

    public PushLink(Page page) {
        this.page = page;
        page.routeWebSocket(url -> url.contains("/VAADIN/push"), this::connect);
    }

    private void connect(WebSocketRoute browserSide) {
        if (down) {
            browserSide.close();
            return;
        }
        var serverSide = browserSide.connectToServer();
        var connection = new Connection(browserSide, serverSide, new AtomicBoolean());
        // Playwright's client hands a frame over only when the JVM's thread next calls it, which may be after
        // the link was restored: a frame of a connection that was cut is lost all the same
        serverSide.onMessage(frame -> {
            if (!connection.cut().get()) {
                delivered.add(new long[] {System.currentTimeMillis(), size(frame)});
                forward(frame, browserSide);
            }
        });
        browserSide.onMessage(frame -> {
            if (!connection.cut().get()) {
                forward(frame, serverSide);
            }
        });
        browserSide.onClose((code, reason) -> {
            if (!connection.cut().get()) {
                serverSide.close();
            }
        });
        serverSide.onClose((code, reason) -> {
            if (!connection.cut().get()) {
                browserSide.close();
            }
        });
        connections.add(connection);
    }

    private static long size(WebSocketFrame frame) {
        var text = frame.text();
        return text != null ? text.getBytes(StandardCharsets.UTF_8).length : frame.binary().length;
    }

    private static void forward(WebSocketFrame frame, WebSocketRoute to) {
        var text = frame.text();
        if (text != null) {
            to.send(text);
        } else {
            to.send(frame.binary());
        }
    }

    /** The connection is lost: offline, and what the server pushes into the open WebSocket never arrives. */
    public void drop() {
        down = true;
        connections.forEach(connection -> connection.cut().set(true));
        page.context().setOffline(true);
    }

    /** The connection is back: online, and the stale WebSocket closed at both ends, so Vaadin opens a new one. */
    public void restore() {
        var stale = List.copyOf(connections);
        connections.clear();
        delivered.clear();
        down = false;
        page.context().setOffline(false);
        for (var connection : stale) {
            closeQuietly(connection.serverSide());
            closeQuietly(connection.browserSide());
        }
    }

    /** {@code [epoch ms, bytes]} of each push frame the browser received since the last {@link #restore()}. */
    public List<long[]> framesSinceRestore() {
        return List.copyOf(delivered);
    }

    private static void closeQuietly(WebSocketRoute side) {
        try {
            side.close();
        } catch (RuntimeException alreadyClosed) {
            // the other end closed it first
        }
    }
}
