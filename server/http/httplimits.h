#pragma once

#include <QtGlobal>

namespace atrium::server::http {

// What the front door holds for anyone who connects, before and after they sign in. The server's
// --limit options set them (serverlimits.cpp lists each with its name and default).
struct Limits
{
    // A request's head (request line and headers): at most this many bytes (431 past it) and
    // headerCount headers, arriving within headTimeoutMs of the connection opening (TLS handshake
    // included) or of the request's first byte; 408 and closed past it.
    qint64 headBytes = 32 * 1024;
    int headerCount = 100;
    int headTimeoutMs = 10'000;
    // A kept-alive connection with no request in flight is closed after this long.
    int keepAliveTimeoutMs = 15'000;
    // Open connections in all (0: as many as the process may open files, less a reserve for the
    // database and the rest); at the cap the server stops accepting until some close.
    int maxConnections = 0;
    // Open connections from one address, HTTP and WebSocket alike (0: no cap); past it a new one
    // is answered 429 and closed before anything else is read.
    int connectionsPerAddress = 512;
    // Bytes a connection may have queued for the network and not yet sent (its peer is not
    // reading): past it the connection is dropped. At least window x messageBytes, so a client
    // that reads slowly is paced by the sync window, never dropped.
    qint64 sendBufferBytes = 16 * 1024 * 1024;
    // WebSocket: the largest frame and message a peer may send; control frames (ping, pong,
    // close) a peer may send in a burst and per second past it.
    qint64 frameBytes = 1024 * 1024;
    qint64 messageBytes = 4 * 1024 * 1024;
    double controlFramesPerSecond = 5;
    double controlFrameBurst = 20;
    // After the server says close, how long it waits for the peer's close before it hangs up.
    int closeTimeoutMs = 5'000;
    // How often deadlines are looked at (0: only when FrontDoor::checkTimeouts() is called).
    int timeoutCheckMs = 1000;
};

} // namespace atrium::server::http
