"""A static file server for the built site, bound to 127.0.0.1 only.

Like GitHub Pages it gzips text responses when the client accepts gzip, so
transfer sizes measured in the browser match what readers download, and lets the
browser keep what it fetched for ten minutes (`Cache-Control: max-age=600`), so a tab
that goes from page to page fetches the theme's script and stylesheet once, as a
reader's browser does. A body is compressed once and kept for the next request for it.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import pathlib
import sys
import threading

CACHE_CONTROL = "max-age=600"  # what GitHub Pages sends


@functools.lru_cache(maxsize=512)
def gzipped(body: bytes) -> bytes:
    """A response body compressed once, however often it is asked for."""
    return gzip.compress(body, mtime=0)


COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".map"}


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output quiet
        pass

    def send_head(self):
        path = pathlib.Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the standard redirect to the slash form
            path = path / "index.html"
        if not path.is_file():
            missing = pathlib.Path(self.directory) / "404.html"
            body = missing.read_bytes() if missing.is_file() else b"not found"
            return self._send(404, body, "text/html", compress=True)
        return self._send(200, path.read_bytes(), self.guess_type(str(path)), path.suffix in COMPRESSIBLE)

    def _send(self, status: int, body: bytes, content_type: str, compress: bool):
        if compress and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzipped(body)
            self.send_response(status)
            self.send_header("Content-Encoding", "gzip")
        else:
            self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Cache-Control", CACHE_CONTROL)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


class SiteServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        """A browser that hangs up mid-response (a prefetch or a page it left) is not an
        error worth a traceback in the test output; anything else still prints one."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def serve(directory: pathlib.Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Start serving `directory` on a free port; returns the server and its base URL."""
    handler = functools.partial(SiteHandler, directory=str(directory))
    server = SiteServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"
