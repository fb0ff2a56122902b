"""A throwaway ``redis-server`` on loopback, for tests of code that shares a ``RedisLimiter``."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path


class RedisServer:
    """A ``redis-server`` process on 127.0.0.1, an ephemeral port and a temporary directory.

    ``url`` is what ``RedisLimiter`` takes. ``stop()`` and ``start()`` take it down and bring it
    back on the same port (to test what workers do while Redis is away).
    """

    def __init__(self, directory: Path, executable: str, host: str = "127.0.0.1") -> None:
        self.directory = directory
        self.executable = executable
        self.host = host
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"<RedisServer {self.url} {state}>"

    @property
    def url(self) -> str:
        return f"redis://{self.host}:{self.port}/0"

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self, timeout: float = 10.0) -> None:
        """Start the server (on a fresh free port the first time, the same port after)."""
        if self.running:
            return
        attempts = 1 if self.port else 5
        for _ in range(attempts):
            port = self.port or _free_port(self.host)
            log = self.directory / "redis.log"
            self.process = subprocess.Popen(
                [
                    self.executable,
                    "--bind",
                    self.host,
                    "--port",
                    str(port),
                    "--dir",
                    str(self.directory),
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--logfile",
                    str(log),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            if _wait_for_ping(self.host, port, self.process, timeout):
                self.port = port
                return
            self._kill()
        detail = (self.directory / "redis.log").read_text(errors="replace")[-500:]
        raise RuntimeError(f"redis-server did not start on {self.host}: {detail}")

    def stop(self) -> None:
        """Stop the server; its data goes with it."""
        self._kill()

    def _kill(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@contextlib.contextmanager
def redis_server(executable: str = "redis-server") -> Iterator[RedisServer]:
    """Run a throwaway ``redis-server`` for the duration of the block.

    Raises ``RuntimeError`` naming the package to install when the binary is missing.
    """
    found = shutil.which(executable)
    if found is None:
        raise RuntimeError(
            f"{executable} is not installed; install the Debian package redis-server "
            "(apt-get install -y redis-server) to run the shared-limiter tests."
        )
    with tempfile.TemporaryDirectory(prefix="itglue-redis-") as directory:
        server = RedisServer(Path(directory), found)
        server.start()
        try:
            yield server
        finally:
            server.stop()


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_for_ping(host: str, port: int, process: subprocess.Popen[bytes], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with socket.create_connection((host, port), timeout=0.5) as conn:
                conn.sendall(b"PING\r\n")
                if conn.recv(16).startswith(b"+PONG"):
                    return True
        except OSError:
            pass
        time.sleep(0.02)
    return False
