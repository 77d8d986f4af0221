"""What does each Qt module cost on disk, and how much of it does PGP Desk use?

Reads the installed PySide6 wheels' file lists (``RECORD``) in the running environment
and adds up the size of each file by what it belongs to: a Qt module (its library and
binding), QML imports, plugins, translations, tools. Modules PGP Desk imports are marked
with ``*``. Install ``PySide6-Addons<6.12`` beside it to see what that wheel would add.

    python bench/qt_footprint.py [--top 30]
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from importlib import metadata
from pathlib import Path

USED = {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtSvgWidgets", "QtPrintSupport", "QtDBus",
        "QtXcbQpa", "QtOpenGL", "QtNetwork", "QtTest"}  # imported, or loaded by those
TOOLS = {"designer", "linguist", "assistant", "lupdate", "lrelease", "qmlformat", "qmllint",
         "qmlls", "qsb", "balsam", "balsamui", "svgtoqml", "include", "typesystems", "glue",
         "doc", "scripts", "libexec"}


def group(path: str) -> str:
    name = path.split("/")[-1]
    parts = path.split("/")
    if m := re.match(r"(Qt\w+)\.(abi3\.so|pyi|pyd)$", name):
        return m.group(1)
    if m := re.match(r"(?:lib)?Qt6(\w+?)(?:\.so.*|\.dll|\.dylib)$", name):
        return "Qt" + m.group(1)
    if "qml" in parts:
        return "QML imports"
    if "plugins" in parts:
        return "plugins/" + parts[parts.index("plugins") + 1]
    if "translations" in parts:
        return "Qt's own translations"
    if "resources" in parts or name.startswith("libicu") or name == "QtWebEngineProcess":
        return "QtWebEngine resources, ICU"
    if name.startswith(("libav", "libsw")):
        return "FFmpeg (QtMultimedia)"
    if len(parts) > 1 and (parts[1] in TOOLS or (len(parts) > 2 and parts[2] in TOOLS)):
        return "tools and headers"
    return "other"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    sizes: dict[str, int] = defaultdict(int)
    for wheel in ("PySide6-Essentials", "PySide6-Addons", "shiboken6"):
        try:
            dist = metadata.distribution(wheel)
        except metadata.PackageNotFoundError:
            continue
        total = 0
        for file in dist.files or []:
            path = Path(str(dist.locate_file(file)))
            if path.is_file() and not str(file).endswith(".pyc"):
                size = path.stat().st_size
                total += size
                sizes[group(str(file))] += size
        print(f"{wheel} {dist.version}: {total / 2**20:.0f} MB")
    used = sum(v for k, v in sizes.items() if k in USED)
    print(f"modules PGP Desk uses (*): {used / 2**20:.0f} MB\n")
    for name, size in sorted(sizes.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"{'*' if name in USED else ' '} {name:<34} {size / 2**20:7.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
