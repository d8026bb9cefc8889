"""Every `gongkai` command prints its help (an official's first try with a new command)."""

import pkgutil
from pathlib import Path

import pytest
from django.core.management import ManagementUtility

import gongkai

COMMANDS = sorted(
    info.name
    for folder in Path(gongkai.__file__).parent.glob("*/management/commands")
    for info in pkgutil.iter_modules([str(folder)])
)


def test_the_commands_are_found():
    assert {"applications", "reports", "monitor", "plan", "demo"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_help_prints(name, capsys):
    with pytest.raises(SystemExit) as stop:
        ManagementUtility(["gongkai", name, "--help"]).execute()
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage:") or "usage:" in out.splitlines()[0]
