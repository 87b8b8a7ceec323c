"""Where the room may listen: the machine's IPv4 addresses by interface, a private one first,
127.0.0.1 always offered, all interfaces never."""

from __future__ import annotations

import pytest

from facilitator.ui.room import addresses
from facilitator.ui.room.addresses import Interface, default_interface, interfaces


class Adapter:
    def __init__(self, name: str, *ips: object) -> None:
        self.name = self.nice_name = name
        self.ips = [type("IP", (), {"ip": ip})() for ip in ips]


def test_the_default_is_the_first_private_address_not_loopback_nor_link_local(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import ifaddr

    monkeypatch.setattr(ifaddr, "get_adapters", lambda: [
        Adapter("lo", "127.0.0.1", ("::1", 0, 0)),
        Adapter("usb0", "169.254.10.2"),
        Adapter("wan", "203.0.113.7"),
        Adapter("Wi-Fi", "192.168.1.20", ("fe80::1", 0, 4)),
    ])
    found = interfaces()
    assert [f.address for f in found][-1] == "127.0.0.1"       # offered, listed last
    assert all(":" not in f.address for f in found)           # IPv4 only
    assert "0.0.0.0" not in {f.address for f in found}
    assert default_interface(found) == Interface("Wi-Fi", "192.168.1.20")


def test_with_no_network_only_this_computer_is_offered(monkeypatch: pytest.MonkeyPatch) -> None:
    import ifaddr

    def broken() -> list[object]:
        raise OSError("no interfaces")

    monkeypatch.setattr(ifaddr, "get_adapters", broken)
    assert interfaces() == [Interface("loopback", addresses.LOOPBACK)]
    assert default_interface(interfaces()).address == "127.0.0.1"
    # A public address alone is chosen over loopback (the facilitator can still pick 127.0.0.1).
    assert default_interface([Interface("wan", "203.0.113.7"),
                              Interface("lo", "127.0.0.1")]).address == "203.0.113.7"
