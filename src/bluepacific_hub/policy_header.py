"""ASGI middleware: an answer to a device told to encrypt its store (the caller check set
`request.state.encryption_required`) carries ENCRYPTION_REQUIRED_HEADER, whatever the
endpoint built — push, pull, and any later call with a token."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bluepacific_wire import ENCRYPTION_REQUIRED_HEADER

_HEADER = (ENCRYPTION_REQUIRED_HEADER.lower().encode(), b"yes")


class PolicyHeader:
    """Adds the header at the start of the answer when the request's state asks for it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def adding(message: Message) -> None:
            if message["type"] == "http.response.start":
                state = scope.get("state") or {}
                if state.get("encryption_required"):
                    message["headers"] = [*message.get("headers", []), _HEADER]
            await send(message)

        await self.app(scope, receive, adding)
