package ru.opora.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** TCP port checks. */
final class Ports {

    private Ports() {
    }

    /** Fails fast with a bilingual message when something already listens on {@code port}. */
    static void requireFree(int port, String what) {
        if (!isFree(port)) {
            throw new StackException(
                    "Порт " + port + " (" + what + ") уже занят. Остановите процесс, который его слушает "
                            + "(например, ранее запущенный стенд: ss -ltnp 'sport = :" + port + "'), и повторите.",
                    "Port " + port + " (" + what + ") is already in use. Stop the process listening on it "
                            + "(for example a stack started earlier: ss -ltnp 'sport = :" + port + "') and retry.");
        }
    }

    static boolean isFree(int port) {
        // Something may listen on IPv4 or IPv6 loopback only (Vite does): try to connect to both, then to bind.
        for (String host : new String[] {"127.0.0.1", "::1"}) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getByName(host), port), 300);
                return false;
            } catch (IOException nobodyListens) {
                // fine
            }
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // TIME_WAIT leftovers are fine, a listener is not
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** A port that is free right now. */
    static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StackException("Не удалось найти свободный порт.", "Could not find a free port.");
        }
    }
}
