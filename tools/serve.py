"""A plain static file server for dist/ (what any static host does), with gzip.

Files are sent gzip-compressed when the browser accepts it, so what we
measure is what users download: a prebuilt `<file>.gz` beside the file is sent
as is, others are compressed once and cached in memory. Files that are gzip
already (the boot snapshot, `snapshot.bin.gz`, which the worker gunzips
itself) are sent unchanged, as any static host does. Extra mounts let tests
serve their own pages beside dist/.

`LITEBLOCKS_SNAPSHOT=off` in the server's environment serves a lite.js that
turns the boot snapshot off on every page (the browser tests run both ways so).

`isolated=True` (`python build.py serve --isolated`) also sends the headers that make pages
cross-origin isolated, as netlify.toml does (COOP same-origin, COEP credentialless): Stop then
interrupts Python instead of restarting the worker (js/run_interrupt.js).
"""
from __future__ import annotations

import gzip
import http.server
import mimetypes
import os
import threading
import urllib.parse
from functools import partial
from pathlib import Path

TYPES = {".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm",
         ".json": "application/json", ".whl": "application/zip", ".css": "text/css",
         ".html": "text/html; charset=utf-8", ".py": "text/x-python; charset=utf-8",
         ".bin": "application/octet-stream", ".zip": "application/zip"}
COMPRESSIBLE = {".js", ".mjs", ".wasm", ".json", ".css", ".html", ".py", ".bin", ".zip", ".txt", ".svg"}
_gzip_cache: dict[tuple[str, float], bytes] = {}
# When a list, every response appends (url path, body bytes as sent): the bench counts
# first-visit bytes with it (tools/bench/boot.py).
sent_log: list[tuple[str, int]] | None = None
_gzip_lock = threading.Lock()
# What netlify.toml sends on every page: cross-origin isolation (SharedArrayBuffer). COEP
# "credentialless" rather than "require-corp": images and media of other sites still load.
ISOLATION_HEADERS = {"Cross-Origin-Opener-Policy": "same-origin",
                     "Cross-Origin-Embedder-Policy": "credentialless"}


def gzipped(path: Path) -> bytes:
    pre = path.with_name(path.name + ".gz")
    if pre.is_file() and pre.stat().st_mtime >= path.stat().st_mtime:
        return pre.read_bytes()
    key = (str(path), path.stat().st_mtime)
    with _gzip_lock:
        if key not in _gzip_cache:
            _gzip_cache[key] = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        return _gzip_cache[key]


def snapshot_off() -> bool:
    return os.environ.get("LITEBLOCKS_SNAPSHOT", "").lower() in {"off", "0", "no", "false"}


class Handler(http.server.SimpleHTTPRequestHandler):
    """Serves `directory`, plus `mounts` {url_prefix: dir}; CORS open like a CDN."""

    mounts: dict[str, Path] = {}
    quiet = True
    isolated = False

    def translate_path(self, path: str) -> str:
        clean = urllib.parse.unquote(urllib.parse.urlsplit(path).path)
        for prefix, root in self.mounts.items():
            if clean.startswith(prefix):
                rel = clean[len(prefix):].lstrip("/")
                target = (Path(root) / rel).resolve()
                if Path(root).resolve() in target.parents or target == Path(root).resolve():
                    return str(target)
                return str(Path(root) / "__forbidden__")
        return super().translate_path(path)

    def guess_type(self, path):
        return TYPES.get(Path(path).suffix) or mimetypes.guess_type(path)[0] or "application/octet-stream"

    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Cross-Origin-Resource-Policy", "cross-origin")
        if self.isolated:
            for name, value in ISOLATION_HEADERS.items():
                self.send_header(name, value)
        super().end_headers()

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            index = path / "index.html"
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # redirect to add the slash
            path = index
        if not path.is_file():
            self.send_error(404, "File not found")
            return None
        data = None
        if path.name == "lite.js" and snapshot_off():
            import re
            entry = re.search(r'import "([^"]+)";', path.read_text())
            if entry:
                data = ("globalThis.LITEBLOCKS_SNAPSHOT = false; /* LITEBLOCKS_SNAPSHOT=off */\n"
                        f"await import({entry.group(1)!r});\n").encode()
                return self._send(path, data, compressed=False)
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if accepts and path.suffix in COMPRESSIBLE and path.stat().st_size > 1024:
            data = gzipped(path)
        return self._send(path, data if data is not None else path.read_bytes(), compressed=data is not None)

    def _send(self, path: Path, body: bytes, compressed: bool):
        if sent_log is not None:
            sent_log.append((self.path, len(body)))
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Length", str(len(body)))
        if compressed:
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Cache-Control", "no-cache" if path.suffix == ".html" or path.name == "lite.js"
                         else "public, max-age=3600")
        self.end_headers()
        import io
        return io.BytesIO(body)

    def log_message(self, fmt, *args):
        if not self.quiet:
            super().log_message(fmt, *args)


def make_server(directory: Path, host: str = "127.0.0.1", port: int = 8000,
                mounts: dict[str, Path] | None = None, quiet: bool = True,
                isolated: bool = False) -> http.server.ThreadingHTTPServer:
    handler = type("BoundHandler", (Handler,), {"mounts": dict(mounts or {}), "quiet": quiet,
                                                "isolated": isolated})
    server = http.server.ThreadingHTTPServer((host, port), partial(handler, directory=str(directory)))
    server.daemon_threads = True
    return server


def serve_in_thread(directory: Path, host: str = "127.0.0.1", port: int = 0,
                    mounts: dict[str, Path] | None = None, isolated: bool = False):
    """Starts a server in a daemon thread; returns (server, base_url)."""
    server = make_server(directory, host, port, mounts, isolated=isolated)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://{host}:{server.server_address[1]}"


def serve_forever(directory: Path, host: str, port: int, isolated: bool = False) -> None:
    server = make_server(directory, host, port, quiet=False, isolated=isolated)
    note = " cross-origin isolated" if isolated else ""
    print(f"Serving {directory}{note} at http://{host}:{port}/ (Ctrl+C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":  # pragma: no cover
    serve_forever(Path(os.getcwd()), "127.0.0.1", 8000)
