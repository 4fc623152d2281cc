"""MkDocs hooks: ship Mermaid with the site instead of loading it from a CDN, and date pages.

The theme's bundle names the exact Mermaid version it was built against (``mermaid@X.Y.Z``); the build
copies ``node_modules/mermaid/dist/mermaid.min.js`` (pinned in package.json) into the site and fails
when the two versions differ, so the theme and its Mermaid are upgraded together.
"""
import json
import os
import re
import shutil
import subprocess

from mkdocs.exceptions import PluginError


def _theme_mermaid_version(theme_dirs):
    for folder in theme_dirs:
        scripts = os.path.join(folder, "assets", "javascripts")
        if not os.path.isdir(scripts):
            continue
        for name in sorted(os.listdir(scripts)):
            if name.startswith("bundle.") and name.endswith(".min.js"):
                with open(os.path.join(scripts, name), encoding="utf-8") as handle:
                    found = re.search(r"mermaid@(\d+\.\d+\.\d+)", handle.read())
                if found:
                    return found.group(1)
    return None


def on_post_build(config, **kwargs):
    root = os.path.dirname(config["config_file_path"])
    package = os.path.join(root, "node_modules", "mermaid")
    source = os.path.join(package, "dist", "mermaid.min.js")
    if not os.path.isfile(source):
        raise PluginError(f"{source} is missing: run `npm ci` first (Mermaid is a pinned devDependency).")
    with open(os.path.join(package, "package.json"), encoding="utf-8") as handle:
        installed = json.load(handle)["version"]
    expected = _theme_mermaid_version(config["theme"].dirs)
    if expected is not None and expected != installed:
        raise PluginError(
            f"the theme expects Mermaid {expected} but package.json pins {installed}: pin mermaid to {expected}."
        )
    target = os.path.join(config["site_dir"], "assets", "javascripts", "mermaid.min.js")
    os.makedirs(os.path.dirname(target), exist_ok=True)
    shutil.copyfile(source, target)


_dates = {}


def on_config(config, **kwargs):
    """Last commit date (YYYY-MM-DD) of every file under docs_dir, in one `git log` pass."""
    _dates.clear()
    docs = config["docs_dir"]
    try:
        top = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"], cwd=docs, capture_output=True, text=True, check=True
        ).stdout.strip()
        log = subprocess.run(
            ["git", "log", "--format=%x00%cs", "--name-only", "--no-renames", "--", "."],
            cwd=docs, capture_output=True, text=True, check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return config  # not a git checkout: pages keep the build date
    date = None
    for line in log.splitlines():
        if line.startswith("\0"):
            date = line[1:]
        elif line and date is not None:
            path = os.path.relpath(os.path.join(top, line), docs).replace(os.sep, "/")
            _dates.setdefault(path, date)  # newest commit first: keep the first date seen
    return config


def on_page_markdown(markdown, page, **kwargs):
    """sitemap.xml's <lastmod>: when the page's file last changed in git, not the build date."""
    date = _dates.get(page.file.src_uri if hasattr(page.file, "src_uri") else page.file.src_path.replace(os.sep, "/"))
    if date is not None:
        page.update_date = date
    return markdown


def on_page_content(html, page, **kwargs):
    """Mark the pages `wacrg generate` writes (docs/spec/), so the stylesheet can lay out their tables."""
    src = page.file.src_uri if hasattr(page.file, "src_uri") else page.file.src_path.replace(os.sep, "/")
    if src.startswith("spec/"):
        return f'<div class="wacrg-generated">{html}</div>'
    return html
