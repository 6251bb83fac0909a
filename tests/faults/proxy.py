"""A TCP proxy in front of the database server, to cut it, slow it or bring it back during a test."""

from __future__ import annotations

import asyncio
import contextlib


class FaultProxy:
    """Forwards 127.0.0.1:port to the real server; ``cut`` drops every connection and refuses new ones."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = 0
        self.hang = False  # accept connections but never pass a byte: a database that is "slow"
        self._server: asyncio.Server | None = None
        self._pipes: set[asyncio.StreamWriter] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def cut(self) -> None:
        """The database goes away: listening stops and open connections are reset."""
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        for writer in list(self._pipes):
            writer.transport.abort()
        self._pipes.clear()

    async def restore(self) -> None:
        """The database is back, on the same address."""
        self.hang = False
        await self.start()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._pipes.add(writer)
        if self.hang:
            with contextlib.suppress(Exception):
                await reader.read()  # hold the connection open and silent
            return
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.transport.abort()
            return
        self._pipes.add(upstream_writer)
        await asyncio.gather(_pump(reader, upstream_writer), _pump(upstream_reader, writer),
                             return_exceptions=True)


async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    finally:
        writer.transport.abort()
