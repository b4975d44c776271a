"""A loopback TCP proxy that injects link faults: latency, bandwidth cap, resets, lost replies.

Written for the tests and benchmarks (no third-party tool does this portably); every decision is
made per connection by a `Plan`, so a test can break the first N connections and heal the rest.
"""

from __future__ import annotations

import contextlib
import queue
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Fault:
    """What happens on one connection."""

    # Cut the connection (TCP RST) after this many bytes from the client have been forwarded.
    reset_after_upload: int | None = None
    # Cut it after this many bytes of the hub's answer have reached the client.
    reset_after_download: int | None = None
    # Once this many request bytes have gone up (the push body, past the health probe), let
    # the hub answer (it has committed) and cut before that answer reaches the client.
    drop_reply_after_upload: int | None = None
    # Answer with this raw HTTP response over TLS (a captive portal or a broken front end).
    canned_response: bytes | None = None
    # Answer successive requests on one TLS connection with these raw responses, then close
    # (e.g. a front end that passes the health probe and then fails the push with a 502).
    canned_responses: tuple[bytes, ...] = ()
    # Stop forwarding without closing (a stalled link).
    stall_after_upload: int | None = None


Plan = Callable[[int], Fault]


class _Link:
    """Per-connection counters shared by the two directions."""

    def __init__(self) -> None:
        self.uploaded = 0


def healthy(_n: int) -> Fault:
    return Fault()


def _rst(sock: socket.socket) -> None:
    """Abort the connection with a TCP RST. shutdown(SHUT_RD) first wakes a thread blocked in
    recv() on this socket: without it the close is deferred until that recv returns (never, on
    an idle link), and the peer waits instead of seeing the reset."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RD)
    with contextlib.suppress(OSError):
        sock.close()


def _read_request(tls: ssl.SSLSocket, buffer: bytes) -> bytes:
    """Read one HTTP request (headers and a Content-Length body); returns what follows it."""
    while b"\r\n\r\n" not in buffer:
        data = tls.recv(65536)
        if not data:
            raise ConnectionError("client closed")
        buffer += data
    head, _, rest = buffer.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(rest) < length:
        data = tls.recv(65536)
        if not data:
            raise ConnectionError("client closed")
        rest += data
    return rest[length:]


def http_response(status: str, body: bytes, content_type: str, close: bool = False) -> bytes:
    """A raw HTTP/1.1 response for `canned_response(s)`."""
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\n" + ("Connection: close\r\n" if close else "") + "\r\n"
    )
    return head.encode() + body


class FaultProxy:
    """Listens on 127.0.0.1; forwards to `target` with the configured link and faults."""

    def __init__(
        self,
        target: tuple[str, int],
        *,
        one_way_delay_s: float = 0.0,
        bandwidth_bps: float | None = None,
        plan: Plan = healthy,
        tls_context: ssl.SSLContext | None = None,
    ) -> None:
        self.target = target
        self.delay = one_way_delay_s
        self.rate = bandwidth_bps / 8 if bandwidth_bps else None  # bytes per second
        self.plan = plan
        self.tls_context = tls_context  # only for canned responses
        self.connections = 0
        self.bytes_up = 0
        self.bytes_down = 0
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def close(self) -> None:
        self._closing.set()
        self._listener.close()

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _accept(self) -> None:
        while not self._closing.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
                number = self.connections
            fault = self.plan(number)
            threading.Thread(target=self._serve, args=(client, fault), daemon=True).start()

    def _serve(self, client: socket.socket, fault: Fault) -> None:
        if fault.canned_response is not None or fault.canned_responses:
            answers = fault.canned_responses or (fault.canned_response or b"",)
            self._canned(client, answers)
            return
        try:
            upstream = socket.create_connection(self.target, timeout=10)
        except OSError:
            _rst(client)
            return
        upstream.settimeout(None)
        cut = threading.Event()
        link = _Link()
        up = threading.Thread(target=self._pump, args=(client, upstream, fault, True, cut, link))
        down = threading.Thread(target=self._pump, args=(upstream, client, fault, False, cut, link))
        up.start()
        down.start()
        up.join()
        down.join()
        for s in (client, upstream):
            with contextlib.suppress(OSError):
                s.close()

    def _canned(self, client: socket.socket, answers: tuple[bytes, ...]) -> None:
        assert self.tls_context is not None, "a canned response needs the portal's TLS context"
        try:
            tls = self.tls_context.wrap_socket(client, server_side=True)
            tls.settimeout(10)
            buffer = b""
            for answer in answers:
                buffer = _read_request(tls, buffer)
                tls.sendall(answer)
                with self._lock:
                    self.bytes_down += len(answer)
            tls.close()
        except (OSError, ssl.SSLError):
            _rst(client)

    def _pump(
        self,
        src: socket.socket,
        dst: socket.socket,
        fault: Fault,
        upload: bool,
        cut: threading.Event,
        link: _Link,
    ) -> None:
        """Read from src, deliver to dst after the one-way delay at the capped rate."""
        pending: queue.Queue[tuple[float, bytes] | None] = queue.Queue()
        writer = threading.Thread(
            target=self._deliver, args=(pending, src, dst, fault, upload, cut, link)
        )
        writer.start()
        try:
            while not cut.is_set():
                data = src.recv(16384)
                if not data:
                    break
                pending.put((time.monotonic() + self.delay, data))
        except OSError:
            pass
        pending.put(None)
        writer.join()

    def _deliver(
        self,
        pending: queue.Queue[tuple[float, bytes] | None],
        src: socket.socket,
        dst: socket.socket,
        fault: Fault,
        upload: bool,
        cut: threading.Event,
        link: _Link,
    ) -> None:
        moved = 0
        next_free = time.monotonic()
        while True:
            item = pending.get()
            if item is None or cut.is_set():
                break
            due, data = item
            for start in range(0, len(data), 1460):
                chunk = data[start : start + 1460]
                now = time.monotonic()
                send_at = max(due, next_free)
                if send_at > now:
                    time.sleep(send_at - now)
                limit = fault.reset_after_upload if upload else fault.reset_after_download
                if (
                    not upload
                    and fault.drop_reply_after_upload is not None
                    and (link.uploaded >= fault.drop_reply_after_upload)
                ):
                    limit = 0
                if limit is not None and moved + len(chunk) > limit:
                    cut.set()
                    _rst(src)
                    _rst(dst)
                    return
                if (
                    upload
                    and fault.stall_after_upload is not None
                    and (moved + len(chunk) > fault.stall_after_upload)
                ):
                    cut.wait()  # hold the link open, moving nothing, until torn down
                    return
                try:
                    dst.sendall(chunk)
                except OSError:
                    cut.set()
                    return
                moved += len(chunk)
                if upload:
                    link.uploaded = moved
                with self._lock:
                    if upload:
                        self.bytes_up += len(chunk)
                    else:
                        self.bytes_down += len(chunk)
                if self.rate:
                    next_free = max(next_free, time.monotonic()) + len(chunk) / self.rate
        if not cut.is_set():
            with contextlib.suppress(OSError):
                dst.shutdown(socket.SHUT_WR)
