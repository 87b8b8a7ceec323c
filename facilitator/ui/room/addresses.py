"""The machine's IPv4 addresses with their interfaces' names: where the room may listen.

Read with ifaddr (pure Python over getifaddrs / GetAdaptersAddresses: no socket is opened, and
no Qt network library is shipped for one list). The default is the first private address that
is not loopback (a school LAN or the laptop's own hotspot); 127.0.0.1 (this computer only) is
always offered; all interfaces at once never are.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

LOOPBACK = "127.0.0.1"
# A school LAN or a hotspot hands out RFC 1918 addresses. (ipaddress's is_private also counts
# documentation and benchmark ranges, which no phone's network uses.)
PRIVATE = tuple(ipaddress.IPv4Network(n) for n in ("10.0.0.0/8", "172.16.0.0/12",
                                                   "192.168.0.0/16"))


@dataclass(frozen=True)
class Interface:
    name: str      # what the system calls it: "Wi-Fi", "eth0", "wlp2s0"
    address: str   # IPv4, dotted

    @property
    def private(self) -> bool:
        ip = ipaddress.IPv4Address(self.address)
        return any(ip in net for net in PRIVATE)

    @property
    def loopback(self) -> bool:
        return ipaddress.IPv4Address(self.address).is_loopback


def interfaces() -> list[Interface]:
    """Every IPv4 address of the machine, the preferred first: private ones, then others, then
    loopback (127.0.0.1 is there even if the system did not list it)."""
    found: list[Interface] = []
    try:
        import ifaddr

        for adapter in ifaddr.get_adapters():
            for ip in adapter.ips:
                if isinstance(ip.ip, str):   # IPv6 addresses come as tuples
                    found.append(Interface(str(adapter.nice_name or adapter.name), ip.ip))
    except (ImportError, OSError, ValueError):   # no list: this computer only
        found = []
    unique = list({f.address: f for f in found}.values())
    if LOOPBACK not in {f.address for f in unique}:
        unique.append(Interface("loopback", LOOPBACK))
    order = {True: 0, False: 1}
    return sorted(unique, key=lambda f: (2 if f.loopback else order[f.private],))


def default_interface(choices: list[Interface]) -> Interface:
    """The first private non-loopback address; else the first non-loopback one; else
    127.0.0.1."""
    for test in (lambda f: f.private, lambda f: not f.loopback, lambda f: True):
        for choice in choices:
            if test(choice):
                return choice
    return Interface("loopback", LOOPBACK)
