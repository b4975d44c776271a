"""Checks on the hub address: HTTPS always, plain HTTP only to this computer (loopback)."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit, urlunsplit

from bluepacific_desktop.sync.errors import SecurityRefused


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalise_hub_url(url: str) -> str:
    """`https://hub.example.org/` → `https://hub.example.org`; refuses plain http elsewhere."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise SecurityRefused(
            f"“{url}” is not a hub address. It should look like https://hub.example.org.",
            key="not_an_address",
            url=url,
        )
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise SecurityRefused(
            f"The hub address {url} is not secure (http). Only https:// addresses are allowed, "
            "so that nobody on the network can read or change your records.",
            key="not_https",
            url=url,
        )
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))
