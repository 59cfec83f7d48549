"""The build users get: ``pip install .`` compiles seven modules with mypyc (setup.py).

The other tests run this tree's source, as an editable install does.  Here the package is built as
``pip install .`` builds it, and the whole test suite runs again against that build: compiled code
checks every type hint when it runs, so a hint that lies is a crash there and nowhere else.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BUILD, ROOT

COMPILED = ("classification", "extraction", "figures", "meaning", "numerals", "structure", "vocabulary")

pytestmark = [
    pytest.mark.skipif(BUILD == "compiled", reason="this is the run against the compiled build"),
    pytest.mark.skipif(shutil.which("cc") is None and shutil.which("gcc") is None, reason="no C compiler"),
]


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package as ``pip install .`` builds it, in a folder of its own."""
    pytest.importorskip("mypyc", reason="mypy is a test dependency: pip install -e '.[test]'")
    target = tmp_path_factory.mktemp("compiled")
    env = {k: v for k, v in os.environ.items() if k != "KAIFU_PURE_PYTHON"}
    # No build isolation: the venv has setuptools and mypy (the test extra), so no download.
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(target), str(ROOT)],
        capture_output=True, text=True, env=env, cwd=target,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return target  # (where setup.py fell back to pure Python, the next test says so)


def test_every_listed_module_is_compiled(build: Path) -> None:
    """None missing: mypyc refuses some constructs that Python and mypy accept, and setup.py then
    installs pure Python; `pip install -v .` shows why."""
    for name in COMPILED:
        assert list((build / "kaifu_cli").glob(f"{name}.*.so")) or list((build / "kaifu_cli").glob(f"{name}.*.pyd")), name


def test_the_suite_passes_against_the_compiled_build(build: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(build), KAIFU_TEST_BUILD="compiled")
    # -P: the current folder (this tree's source) is not put before the build on sys.path.
    done = subprocess.run(
        [sys.executable, "-P", "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", str(ROOT / "tests")],
        capture_output=True, text=True, env=env, cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-2000:]


def test_the_isolated_build_has_the_types_it_compiles_with() -> None:
    """``pip install .`` builds in an environment of its own, holding only ``build-system.requires``:
    mypy there must find every third-party module the compiled modules import, or mypyc stops and the
    install quietly falls back to pure Python (the build above, without isolation, cannot tell). So
    each such import is in the build's requirements or among the modules mypy is told to pass over."""
    import ast
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    required = {r.split(">")[0].split("<")[0].split("=")[0].strip().replace("-", "_").lower()
                for r in config["build-system"]["requires"]}
    passed_over = {m.split(".")[0] for o in config["tool"]["mypy"]["overrides"] for m in o["module"]
                   if o.get("ignore_missing_imports")}
    for name in COMPILED:
        tree = ast.parse((ROOT / "kaifu_cli" / f"{name}.py").read_text("utf-8"))
        imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imported |= {n.module.split(".")[0] for n in ast.walk(tree)
                     if isinstance(n, ast.ImportFrom) and n.module and not n.level}
        for module in imported - set(sys.stdlib_module_names):
            assert module in required or module in passed_over, (name, module)
