"""A loopback HTTP/1.1 server (stdlib ``ThreadingHTTPServer``) answering precomputed JSON bodies per path.

Bodies are built once, before timing, so the server's share of each request stays small and the same for
both sides of a comparison. ``latency`` delays every answer, standing in for a remote API.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

Route = Callable[[dict[str, str]], Any]
"""Called with the query parameters; returns JSON-serialisable data or ready bytes."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client hanging up (end of a benchmark) is not worth a traceback."""


@contextmanager
def serve(routes: dict[str, Route], *, latency: float = 0.0) -> Iterator[str]:
    """Serve ``routes`` (path -> answer) on 127.0.0.1; yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        wbufsize = 65536

        def do_GET(self) -> None:
            self._answer()

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self._answer()

        def _answer(self) -> None:
            url = urlsplit(self.path)
            route = routes.get(url.path)
            if latency:
                time.sleep(latency)
            if route is None:
                body, status = b'{"title": "unknown path"}', 404
            else:
                answer = route(dict(parse_qsl(url.query)))
                body, status = answer if isinstance(answer, bytes) else json.dumps(answer).encode(), 200
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet."""

    server = _Server(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
