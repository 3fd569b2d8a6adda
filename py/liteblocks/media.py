"""``gradio.media``: the sample files Gradio's demos use (``get_image("cheetah1.jpg")``, ...).

Why: on a server these files come inside the gradio package; this site does not ship them (they
are several megabytes of Gradio's own data). So a file is fetched, once, from Gradio's public
repository into the worker's file system, and the function returns its path there, as Gradio
returns a path inside its package: handlers can open it and components show it. Each fetch is
said in the console (it is a request outside the site, made because the app asked for it); when
it fails (offline), FileNotFoundError names the file and where it was looked for.
"""
from __future__ import annotations

import os
import random
import sys
from pathlib import Path
from typing import Callable, Optional

MEDIA_ROOT = Path("/tmp/gradio/media_assets")
MEDIA_URL = "https://raw.githubusercontent.com/gradio-app/gradio/main/gradio/media_assets"
# The files gradio 6.31 ships (what a random pick chooses from).
FILES = {
    "images": ["avatar.png", "bus.png", "cheetah.jpg", "cheetah1.jpg", "groot.jpeg",
               "hf-logo_transpng.png", "lion.jpg", "logo.png", "screenshot.gif", "tower.jpg"],
    "videos": ["a.mp4", "b.avi", "b.mp4", "muted_b.mp4", "world.mp4"],
    "audio": ["audio_sample.wav", "cantina.wav", "cate_blanch.mp3", "cate_blanch_2.mp3",
              "heath_ledger.mp3", "recording1.wav", "sax.wav"],
    "models3d": ["Bunny.obj", "Duck.glb", "Fox.gltf", "face.obj", "sofia.stl"],
    "data": ["imagenet_labels.json", "s1.srt", "s2.vtt", "s3.json", "sample.txt", "time.csv", "titanic.csv"],
}
MEDIA_PATHS = [MEDIA_ROOT / kind for kind in FILES]


def _fetch_in_browser(url: str) -> bytes:
    """A synchronous GET from the worker (allowed in workers; handlers are sync code)."""
    from js import XMLHttpRequest  # type: ignore[import-not-found]

    xhr = XMLHttpRequest.new()
    xhr.open("GET", url, False)
    xhr.responseType = "arraybuffer"
    xhr.send(None)
    if xhr.status != 200:
        raise OSError(f"HTTP {xhr.status}")
    return bytes(xhr.response.to_py())


def _fetch_with_urllib(url: str) -> bytes:
    from urllib.request import urlopen

    with urlopen(url, timeout=30) as response:  # noqa: S310 - a fixed https URL
        return response.read()


fetch: Callable[[str], bytes] = _fetch_in_browser if sys.platform == "emscripten" else _fetch_with_urllib


def _get_media_path(media_type: str, filename: Optional[str] = None) -> str:
    if media_type not in FILES:
        raise ValueError(f"Media directory not found: {MEDIA_ROOT / media_type}")
    if filename is None:
        filename = random.choice(FILES[media_type])
    elif filename.startswith(("http://", "https://")):
        return filename
    path = MEDIA_ROOT / media_type / filename
    if path.exists():
        return str(path)
    url = f"{MEDIA_URL}/{media_type}/{filename}"
    print(f"LiteBlocks: gradio.media fetches {filename} from {url} (Gradio's sample files are not "
          "part of this site)", file=sys.stderr)
    try:
        data = fetch(url)
    except Exception as exc:  # noqa: BLE001 - any network failure means the same to the app
        raise FileNotFoundError(f"Media file not found: {filename} (gradio.media could not fetch it from "
                                f"{url}: {exc}; put the file beside the app instead)") from None
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return str(path)


def get_image(filename: Optional[str] = None) -> str:
    """Path of one of Gradio's sample images (a random one without ``filename``)."""
    return _get_media_path("images", filename)


def get_video(filename: Optional[str] = None) -> str:
    return _get_media_path("videos", filename)


def get_audio(filename: Optional[str] = None) -> str:
    return _get_media_path("audio", filename)


def get_model3d(filename: Optional[str] = None) -> str:
    return _get_media_path("models3d", filename)


def get_file(filename: Optional[str] = None) -> str:
    return _get_media_path("data", filename)
