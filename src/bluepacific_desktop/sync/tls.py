"""TLS for the hub: verification always on, the app's own CA bundle, optional public-key pins."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path
from typing import Any

import certifi
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from bluepacific_desktop.sync.errors import SecurityRefused


def verify_path(ca_bundle: str | None) -> str:
    """Always a file path, never True: requests lets REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE replace
    `verify=True` silently, so the app passes the bundle it chose explicitly on every request."""
    if ca_bundle:
        path = Path(ca_bundle).expanduser()
        if not path.is_file():
            raise SecurityRefused(
                f"The certificate authority file {ca_bundle} does not exist. Choose it again "
                "in Settings, or remove it to use the system's usual authorities.",
                key="ca_missing",
                path=ca_bundle,
            )
        return str(path.resolve())
    return certifi.where()


def spki_sha256(der_certificate: bytes) -> str:
    """The pin of a certificate's public key: base64 SHA-256 of its SubjectPublicKeyInfo."""
    cert = x509.load_der_x509_certificate(der_certificate)
    spki = cert.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(hashlib.sha256(spki).digest()).decode()


class PinMismatch(SecurityRefused):
    pass


def _pinned_pool(pins: frozenset[str]) -> type[HTTPSConnectionPool]:
    class PinnedConnection(HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            sock: Any = self.sock
            der = sock.getpeercert(binary_form=True) if sock is not None else None
            if der is None or spki_sha256(der) not in pins:
                self.close()
                raise PinMismatch(
                    "The hub presented a different key than the one pinned in Settings. "
                    "Someone may be intercepting the connection; nothing was sent.",
                    key="pin_mismatch",
                )

    class PinnedPool(HTTPSConnectionPool):
        ConnectionCls = PinnedConnection

    return PinnedPool


class PinningAdapter(HTTPAdapter):
    """Checks the pin right after the TLS handshake, before any request byte is sent."""

    def __init__(self, pins: frozenset[str], **kwargs: Any) -> None:
        self._pins = pins
        super().__init__(**kwargs)

    def _pin(self, manager: Any) -> Any:
        manager.pool_classes_by_scheme = {
            "http": HTTPConnectionPool,
            "https": _pinned_pool(self._pins),
        }
        return manager

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self._pin(self.poolmanager)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        return self._pin(super().proxy_manager_for(proxy, **proxy_kwargs))
