"""Files posted in a public group: an app or a program from a member is how fake "updates" install malware.

A wallet is installed from the official store or site, never from a file a member posts ("the patched
build is in the zip I uploaded"), so an installer, executable, script or browser extension from someone
who is not staff is removed whatever the message says; an archive too when its name or the message
presents it as the wallet, an update, a fix or a tool. Pictures, PDFs and ordinary documents pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

REASON = "program_file"

# Android and iOS packages, Windows, macOS and Linux programs, scripts, Java, browser extensions.
_PROGRAM = re.compile(r"\.(?:apk|xapk|apks|aab|ipa|exe|msi|msix|appx|scr|com|pif|bat|cmd|ps1|vbs|vbe|wsf|hta|"
                      r"jar|dmg|pkg|app|deb|rpm|appimage|sh|crx|xpi|lnk)$", re.IGNORECASE)
_ARCHIVE = re.compile(r"\.(?:zip|rar|7z|tar|gz|tgz|iso)$", re.IGNORECASE)
_PRESENTED_AS_SOFTWARE = re.compile(
    r"wallet|update|upgrade|patch|fix|install|setup|tool|app|version|build|extension|plugin|v\d|"
    r"钱包|更新|升级|补丁|修复|安装|工具|插件|版本", re.IGNORECASE)


def program_files(names: Iterable[str], text: str = "") -> bool:
    """Whether any of the posted files is a program, or an archive offered as the wallet or a tool."""
    for name in names:
        name = name.strip()
        if _PROGRAM.search(name):
            return True
        if _ARCHIVE.search(name) and (_PRESENTED_AS_SOFTWARE.search(name) or _PRESENTED_AS_SOFTWARE.search(text)):
            return True
    return False
