"""Build hooks: bundle libclaimkit.so into the package and tag the wheel for the platform.

The library comes from ``$CLAIMKIT_LIBRARY`` when set (CI builds it once), otherwise from
``scripts/build-library`` in the repository this directory lives in (needs Swift). The wheel
is ``py3-none-<platform>``: pure Python code plus one native library loaded with ctypes, so any
Python 3 can use it, but only on this platform.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from setuptools import Distribution, setup
from setuptools.command.build_py import build_py

try:
    from setuptools.command.bdist_wheel import bdist_wheel
except ImportError:  # setuptools < 70.1
    from wheel.bdist_wheel import bdist_wheel  # type: ignore[no-redef]

HERE = Path(__file__).resolve().parent
LIBRARY_NAME = "libclaimkit.so"


def repository_root() -> Path | None:
    """The claimkit repository holding this binding (it has Package.swift), if any."""
    for candidate in HERE.parents:
        if (candidate / "Package.swift").is_file() and (candidate / "scripts" / "build-library").is_file():
            return candidate
    return None


def obtain_library(destination: Path) -> None:
    """Puts libclaimkit.so into ``destination``: copied from $CLAIMKIT_LIBRARY, or built."""
    destination = destination.resolve()
    destination.mkdir(parents=True, exist_ok=True)
    target = destination / LIBRARY_NAME
    given = os.environ.get("CLAIMKIT_LIBRARY")
    if given:
        source = Path(given)
        if not source.is_file():
            sys.exit(f"claimkit: CLAIMKIT_LIBRARY={given} does not exist")
        shutil.copyfile(source, target)
        print(f"claimkit: bundled {source}")
        return
    root = repository_root()
    if root is None:
        sys.exit(
            "claimkit: cannot build the native library: this source tree is not inside the claimkit "
            "repository. Set CLAIMKIT_LIBRARY to a libclaimkit.so built by scripts/build-library."
        )
    if shutil.which("swift") is None:
        sys.exit(
            "claimkit: building the native library needs the Swift toolchain (https://swift.org/install), "
            "and 'swift' is not on PATH. Install Swift, or set CLAIMKIT_LIBRARY to a prebuilt "
            "libclaimkit.so (scripts/build-library makes one)."
        )
    env = dict(os.environ, CLAIMKIT_SCRATCH=os.environ.get("CLAIMKIT_SCRATCH", ".build-py"))
    print(f"claimkit: building the native library with {root / 'scripts' / 'build-library'}")
    result = subprocess.run([str(root / "scripts" / "build-library"), str(destination)], cwd=root, env=env)
    if result.returncode != 0 or not target.is_file():
        sys.exit("claimkit: scripts/build-library failed (see the output above)")


class BuildPyWithLibrary(build_py):
    """build_py that also places the native library in claimkit/_lib/."""

    def run(self) -> None:
        super().run()
        obtain_library(Path(self.build_lib).resolve() / "claimkit" / "_lib")


class BinaryDistribution(Distribution):
    """Has a native part, so wheel contents go to platlib (the wheel root) and not .data/purelib."""

    def has_ext_modules(self) -> bool:
        return True


class PlatformWheel(bdist_wheel):
    """A py3-none-<platform> wheel: any Python 3, this platform only."""

    def finalize_options(self) -> None:
        super().finalize_options()
        self.root_is_pure = False

    def get_tag(self) -> tuple[str, str, str]:
        platform = sysconfig.get_platform().replace("-", "_").replace(".", "_")
        return "py3", "none", platform


setup(distclass=BinaryDistribution, cmdclass={"build_py": BuildPyWithLibrary, "bdist_wheel": PlatformWheel})
