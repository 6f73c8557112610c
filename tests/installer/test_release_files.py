"""What a release is made of, checked without a full build: the sdist (built for real), the
Windows workflow and the NSIS script (read: they run only on Windows), the .deb's AppStream
metainfo, changelog and lintian overrides, and the build machine's search paths taken out of
the bundled libraries.
"""

from __future__ import annotations

import ctypes
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from importlib import metadata
from pathlib import Path

import linux_libraries
import project_metadata
import pytest
import smoke_test
from packaging.requirements import Requirement

import mouliaison

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
NSIS_SCRIPT = ROOT / "installer" / "mouliaison.nsi"


# --- pyproject and the sdist -------------------------------------------------------------------

def test_pyproject_declares_an_spdx_licence_the_version_once_and_both_entry_points():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    project = pyproject["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    assert not any(c.startswith("License ::") for c in project["classifiers"])  # setuptools refuses both
    assert "version" not in project and "version" in project["dynamic"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "mouliaison.__version__"}
    assert project["gui-scripts"] == {"mouliaison": "mouliaison.cli:main"}  # no console behind the window
    assert project["scripts"] == {"mouliaison-cli": "mouliaison.cli:main"}


def _copy_of_the_source_tree(target: Path) -> Path:
    """The checkout without what a build or a test run leaves behind, so that building the sdist
    writes nothing into the real tree (setuptools puts its egg-info beside pyproject.toml)."""
    ignored = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.pyc",
                                     ".pytest_cache", ".ruff_cache", ".mypy_cache", ".hypothesis", "screenshots")
    return Path(shutil.copytree(ROOT, target / "source", ignore=ignored))


def test_the_sdist_carries_the_tests_and_translation_sources_and_builds_without_deprecation_warnings(tmp_path):
    """python -m build: the sdist, then the wheel built from that sdist (so the sdist is complete
    enough to build). Offline: the installed setuptools, which must meet [build-system]."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for requirement in map(Requirement, pyproject["build-system"]["requires"]):
        installed = metadata.version(requirement.name)
        assert requirement.specifier.contains(installed), (
            f"{requirement.name} {installed} is installed but [build-system] needs {requirement}: "
            'pip install -e ".[test]"')
    source = _copy_of_the_source_tree(tmp_path)
    out = tmp_path / "dist"
    done = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(source)],
                          capture_output=True, text=True, timeout=300)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-3000:]
    assert "deprecat" not in output.lower(), [line for line in output.splitlines() if "eprecat" in line]

    version = mouliaison.__version__
    [sdist] = out.glob("*.tar.gz")
    assert sdist.name == f"mouliaison-{version}.tar.gz"
    with tarfile.open(sdist) as archive:
        members = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
        pkg_info = archive.extractfile(f"mouliaison-{version}/PKG-INFO").read().decode()  # type: ignore[union-attr]
    tests_here = {path.relative_to(ROOT).as_posix() for path in (ROOT / "tests").rglob("*")
                  if path.is_file() and "__pycache__" not in path.parts and not path.name.endswith((".pyc", "-wal",
                                                                                                     "-shm"))}
    assert tests_here and tests_here <= members, sorted(tests_here - members)[:10]
    sources = {f"mouliaison/resources/translations/mouliaison_{language}.ts"
               for language in project_metadata.shipped_languages()}
    assert sources and sources <= members
    assert {"LICENSE", "README.md", "pyproject.toml", "installer/build.py", "installer/releases.toml",
            "mouliaison/resources/translations/mouliaison_fr.qm"} <= members
    assert not [name for name in members if name.endswith(".pyc") or "__pycache__" in name]
    assert f"\nVersion: {version}\n" in pkg_info and "\nLicense-Expression: MIT\n" in pkg_info
    assert "\nLicense-File: LICENSE\n" in pkg_info and "\nClassifier: Topic :: Office/Business\n" in pkg_info

    [wheel] = out.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        entry_points = archive.read(f"mouliaison-{version}.dist-info/entry_points.txt").decode()
        names = archive.namelist()
    assert "[gui_scripts]\nmouliaison = mouliaison.cli:main" in entry_points
    assert "[console_scripts]\nmouliaison-cli = mouliaison.cli:main" in entry_points
    assert f"mouliaison-{version}.dist-info/licenses/LICENSE" in names
    assert not [name for name in names if name.startswith("tests/")]  # the tests stay in the sdist


# --- the Windows workflow and installer (they run on Windows only: read here) ------------------

def _workflow() -> dict:
    yaml = pytest.importorskip("yaml")  # the test extra has PyYAML
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _steps(job: dict) -> list[dict]:
    return job["steps"]


def test_every_action_in_the_windows_workflow_is_pinned_to_a_commit_with_its_release_named():
    lines = [line for line in WORKFLOW.read_text(encoding="utf-8").splitlines() if re.match(r"\s*-?\s*uses:", line)]
    assert len(lines) >= 5
    for line in lines:
        assert re.fullmatch(r"\s*(- )?uses: [\w.-]+/[\w.-]+@[0-9a-f]{40}  # v\d+\.\d+\.\d+", line), line
    used = [step["uses"] for job in _workflow()["jobs"].values() for step in _steps(job) if "uses" in step]
    assert len(used) == len(lines)  # no `uses:` hidden from the line check


def test_the_windows_workflow_uses_a_current_python_and_keeps_offscreen_qt_fonts():
    workflow = _workflow()
    assert workflow["env"]["QT_QPA_PLATFORM"] == "offscreen"
    assert workflow["env"]["QT_QPA_FONTDIR"] == r"C:\Windows\Fonts"
    setups = [step for job in workflow["jobs"].values() for step in _steps(job)
              if step.get("uses", "").startswith("actions/setup-python@")]
    assert len(setups) == len(workflow["jobs"])  # every job sets its Python
    for step in setups:
        version = str(step["with"]["python-version"])
        assert tuple(map(int, version.split("."))) >= (3, 12), version  # 3.11 is stuck at 3.11.9 on Windows
        assert step["with"]["check-latest"] is True  # the newest patch, not the image's cached one
    # the smoke test and the start-up bench pass the font folder through to the built program
    kept = smoke_test.clean_environment({"QT_QPA_FONTDIR": r"C:\Windows\Fonts", "QT_SCALE_FACTOR": "2",
                                         "MOULIAISON_DB": "x.sqlite3", "PATH": "/bin"})
    assert kept == {"QT_QPA_FONTDIR": r"C:\Windows\Fonts", "PATH": "/bin"}
    assert "clean_environment(os.environ)" in (ROOT / "installer" / "bench_startup.py").read_text(encoding="utf-8")


def test_the_windows_installer_job_builds_installs_silently_smoke_tests_and_uninstalls_keeping_the_data():
    job = _workflow()["jobs"]["installer"]
    assert job["runs-on"].startswith("windows")
    runs = [step.get("run", "") for step in _steps(job)]

    def first(pattern: str) -> int:
        found = [index for index, run in enumerate(runs) if re.search(pattern, run)]
        assert found, f"no step runs {pattern!r}"
        return found[0]

    build = first(r"python installer/build\.py")
    install = first(r"Start-Process \$setup -ArgumentList \"/S\" -Wait")
    installed_smoke = first(r"installer/smoke_test\.py \"\$env:INSTALL_DIR\"")
    database = first(r"mouliaison-cli\.exe\" init")
    uninstall = first(r"uninstall\.exe\" -ArgumentList \"/S\"")
    assert build < install < installed_smoke < database < uninstall
    for step in (install, installed_smoke, database):
        assert "throw" in runs[step]  # a failure fails the job
    check = runs[uninstall]
    assert re.search(r"if \(Test-Path \$env:INSTALL_DIR\) \{", check)  # the program folder must be gone
    assert re.search(r"if \(-not \(Test-Path \$database\)\) \{ throw", check)  # the database must stay
    assert "Kept after uninstall" in check and "Kept after uninstall" in runs[database]


def test_the_nsis_script_installs_and_uninstalls_silently_per_user_and_never_removes_the_users_data():
    script = NSIS_SCRIPT.read_text(encoding="utf-8")
    code = [line.split(";", 1)[0].strip() for line in script.splitlines()]
    directives = [line for line in code if line]
    assert "RequestExecutionLevel user" in directives  # no UAC prompt, which /S could not answer
    assert not [line for line in directives if line.startswith(("SilentInstall", "SilentUnInstall"))
                and not line.endswith("normal")]  # /S works only when the script allows both modes
    # anything that would wait for a click under /S must say what to do silently (/SD)
    assert not [line for line in directives if line.startswith("MessageBox") and "/SD" not in line]
    assert not [line for line in directives if line.startswith(("ExecWait", "Exec ", "ExecShell"))]
    quiet = r"""WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'"""
    assert quiet in directives  # what Windows runs to uninstall without asking
    uninstall = script.split('Section "Uninstall"', 1)[1].split("SectionEnd", 1)[0]
    removals = [line for line in (part.split(";", 1)[0].strip() for part in uninstall.splitlines())
                if line.startswith(("RMDir", "Delete"))]
    assert 'RMDir "$INSTDIR"' in removals  # the folder goes only once empty (no /r)
    assert not [line for line in removals if "/r" in line and "_internal" not in line]
    assert not [line for line in removals if "APPDATA" in line]  # %LOCALAPPDATA%\mouliaison is the user's


# --- the .deb's metadata ------------------------------------------------------------------------

def test_the_releases_list_starts_with_this_version_and_bad_entries_are_refused(tmp_path):
    project = project_metadata.read_project()
    releases = project_metadata.read_releases(project)
    assert releases[0].version == mouliaison.__version__ and releases[0].notes
    stale = tmp_path / "releases.toml"
    stale.write_text('[[release]]\nversion = "0.0.9"\ndate = 2026-11-01\nnotes = ["Old."]\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=f"add a \\[\\[release\\]\\] for {project.version}"):
        project_metadata.read_releases(project, stale)
    stale.write_text(f'[[release]]\nversion = "{project.version}"\ndate = "yesterday"\nnotes = ["x"]\n',
                     encoding="utf-8")
    with pytest.raises(SystemExit, match="date = YYYY-MM-DD"):
        project_metadata.read_releases(project, stale)


def test_the_appstream_metainfo_names_the_app_its_menu_entry_and_this_release(build_script, tmp_path):
    project = project_metadata.read_project()
    text = build_script.metainfo(project, project_metadata.read_releases(project))
    component = ET.fromstring(text.encode("utf-8"))
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == project_metadata.APPSTREAM_ID
    assert component.findtext("launchable") == f"{project.name}.desktop"
    assert {b.text for b in component.iter("binary")} == {"mouliaison", "mouliaison-cli"}
    assert component.find("releases/release").get("version") == mouliaison.__version__
    languages = {s.get("{http://www.w3.org/XML/1998/namespace}lang") for s in component.findall("summary")}
    assert languages == {None, "fr", "es"}
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is not installed (apt-get install appstream): the structure is checked, "
                    "not the validator")
    path = tmp_path / f"{project_metadata.APPSTREAM_ID}.metainfo.xml"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic", str(path)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_debian_changelog_is_one_dpkg_reads(build_script, tmp_path):
    project = project_metadata.read_project()
    text = build_script.debian_changelog(project, project_metadata.read_releases(project))
    version = f"{mouliaison.__version__}-{build_script.DEB_REVISION}"
    assert text.startswith(f"mouliaison ({version}) stable; urgency=medium\n\n  * ")
    assert all(len(line) <= 80 for line in text.splitlines() if line.startswith("  "))  # the notes, wrapped
    if shutil.which("dpkg-parsechangelog") is None:
        pytest.skip("dpkg-parsechangelog is not installed: the first line is checked, not the whole format")
    path = tmp_path / "changelog"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run(["dpkg-parsechangelog", "-l", str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and not done.stderr, done.stderr
    fields = dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line and line[0] != " ")
    assert fields["Source"] == "mouliaison" and fields["Version"] == version
    assert fields["Maintainer"] == build_script.MAINTAINER


def test_the_lintian_overrides_name_only_paths_inside_the_program_folder(build_script):
    program = build_script.DEB_PROGRAM_DIR.format(name="mouliaison")
    rules = [line for line in build_script.LINTIAN_OVERRIDES.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    assert rules
    for rule in rules:
        match = re.fullmatch(r"mouliaison: ([a-z0-9-]+)(?: [\w.-]+)? \[([^\]]+)\]", rule)
        assert match, rule
        assert match[2].startswith(f"{program}/_internal/"), rule  # nothing outside the bundle is excused


def test_an_earlier_builds_packages_are_found_to_be_removed_and_nothing_else(build_script, tmp_path):
    """deb_root_test.sh and lintian take dist/mouliaison_*.deb: an older one must not be there."""
    project = project_metadata.read_project()
    (tmp_path / "mouliaison").mkdir()  # the one-folder build: PyInstaller replaces it itself
    names = ["mouliaison_0.0.9_amd64.deb", "mouliaison-0.0.9-linux-x86_64.tar.gz", "mouliaison-0.0.9-setup.exe",
             "other_1.0_amd64.deb", "notes.txt"]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    assert [path.name for path in build_script.stale_packages(project, tmp_path)] == sorted(names[:3])


# --- search paths of the build machine ---------------------------------------------------------

def _library_with_a_build_machine_runpath(tmp_path: Path) -> Path:
    """A copy of one of this Python's extension modules carrying an absolute RUNPATH (pyenv's
    builds do), or a small library compiled with one."""
    import _json

    module = Path(_json.__file__) if getattr(_json, "__file__", None) else None
    if module is not None and "RUNPATH" in subprocess.run(["objdump", "-p", str(module)], capture_output=True,
                                                          text=True).stdout:
        copy = tmp_path / module.name
        shutil.copyfile(module, copy)
        return copy
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("no extension module with a RUNPATH here and no C compiler to make one")
    (tmp_path / "lib.c").write_text("int answer(void) { return 42; }\n")
    library = tmp_path / "libanswer.so"
    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(library), str(tmp_path / "lib.c"),
                    "-Wl,-rpath,/build/machine/lib", "-Wl,--enable-new-dtags"], check=True)
    return library


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("objdump") is None,
                    reason="Linux libraries, read with objdump")
def test_an_absolute_runpath_is_removed_and_the_library_still_loads_while_origin_ones_stay(tmp_path):
    library = _library_with_a_build_machine_runpath(tmp_path)
    before = subprocess.run(["objdump", "-p", str(library)], capture_output=True, text=True, check=True).stdout
    [runpath] = re.findall(r"RUNPATH\s+(\S+)", before)
    assert "$ORIGIN" not in runpath
    assert linux_libraries.remove_build_machine_search_paths(library) == runpath
    after = subprocess.run(["objdump", "-p", str(library)], capture_output=True, text=True, check=True).stdout
    assert "RUNPATH" not in after and "RPATH" not in after
    needed = re.findall(r"NEEDED\s+(\S+)", before)
    assert re.findall(r"NEEDED\s+(\S+)", after) == needed  # the rest of the dynamic section intact
    ctypes.CDLL(str(library))  # and the loader still takes it
    assert linux_libraries.remove_build_machine_search_paths(library) is None  # nothing left to remove

    import PySide6

    qt_core = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libQt6Core.so*"), None)
    if qt_core is None:
        pytest.skip("PySide6 has no Qt/lib/libQt6Core.so here")
    copy = tmp_path / qt_core.name
    shutil.copyfile(qt_core, copy)
    assert "$ORIGIN" in subprocess.run(["objdump", "-p", str(copy)], capture_output=True, text=True).stdout
    assert linux_libraries.remove_build_machine_search_paths(copy) is None  # relative to the file: kept
    assert copy.read_bytes() == qt_core.read_bytes()
