"""Demo data: apps register loaders; `gongkai demo` runs them all, idempotently, in order."""

from collections.abc import Callable

#: The demo accounts' password, published in the README; it works only from this machine
#: (core.demo_password).
DEMO_PASSWORD = "gongkai-demo"  # noqa: S105

_LOADERS: list[tuple[int, str, Callable[[], object]]] = []


def register_demo(name: str, loader: Callable[[], object], *, order: int = 100) -> None:
    """Register ``loader`` (safe to run twice: it must not duplicate data)."""
    if all(existing != name for _o, existing, _l in _LOADERS):
        _LOADERS.append((order, name, loader))


def demo_loaders() -> list[tuple[str, Callable[[], object]]]:
    return [(name, loader) for _o, name, loader in sorted(_LOADERS, key=lambda t: (t[0], t[1]))]
