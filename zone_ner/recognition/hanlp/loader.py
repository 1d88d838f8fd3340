"""Find a HanLP model on disk and load it without ever touching the network.

`model` is a directory holding a saved HanLP component (`config.json` or
`meta.json`) or a HanLP model id (`hanlp.pretrained`, e.g. MSRA_NER_ELECTRA_SMALL_ZH)
or URL whose files are already unpacked under `HANLP_HOME` (default ~/.hanlp).
Anything missing raises `ModelNotFoundError` naming what to download and where
to put it; HanLP's own downloader and Hugging Face hub are disabled while loading.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

from zone_ner.errors import ModelNotFoundError

log = logging.getLogger(__name__)

INSTALL_HINT = "HanLP is not installed: pip install 'zone-ner[hanlp]'"
_HUB_OFFLINE = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}


def import_hanlp() -> Any:
    """The `hanlp` module, or `ModelNotFoundError` telling how to install it."""
    try:
        import hanlp
    except ImportError as err:
        raise ModelNotFoundError(INSTALL_HINT) from err
    return hanlp


def hanlp_home() -> Path:
    """Where HanLP keeps downloaded models: $HANLP_HOME, else ~/.hanlp."""
    return Path(os.environ.get("HANLP_HOME") or Path.home() / ".hanlp")


def _is_saved_component(path: Path) -> bool:
    return (path / "config.json").is_file() or (path / "meta.json").is_file()


def resolve_model(model: str) -> Path:
    """The local directory of `model` (a directory, or an id/URL unpacked under HANLP_HOME)."""
    path = Path(model).expanduser()
    if path.is_dir():
        if not _is_saved_component(path):
            raise ModelNotFoundError(f"{path} is not a saved HanLP component (no config.json or meta.json in it)")
        return path
    hanlp = import_hanlp()
    from hanlp.utils.io_util import path_from_url, split_if_compressed

    url = hanlp.pretrained.ALL.get(model, model)
    if not isinstance(url, str) or not url.startswith(("http:", "https:")):
        raise ModelNotFoundError(
            f"HanLP model {model!r} is neither a directory nor a HanLP model id (see hanlp.pretrained.ALL)"
        )
    url = url.split("#", 1)[0]
    target, _ = split_if_compressed(path_from_url(url, str(hanlp_home())))
    target_path = Path(target)
    if target_path.is_dir() and _is_saved_component(target_path):
        return target_path
    raise ModelNotFoundError(
        f"HanLP model {model!r} is not on disk and zone_ner never downloads: fetch {url} on a machine "
        f"with network access and unpack it to {target}, or set HANLP_HOME to the folder that "
        f"holds it, or pass the unpacked directory as the model"
    )


def _refuse_download(url: str, save_path: str | None = None, *args: Any, **kwargs: Any) -> str:
    raise ModelNotFoundError(
        f"this HanLP model needs {url}, which is not on disk; zone_ner never downloads: fetch it "
        f"on a machine with network access and put it at {save_path or 'its place under HANLP_HOME'}"
    )


def _refuse_network(*args: Any, **kwargs: Any) -> Any:
    raise ConnectionError("zone_ner keeps HanLP offline")


@contextlib.contextmanager
def offline() -> Iterator[None]:
    """While active: HanLP's downloader raises `ModelNotFoundError`, its PyPI version check and
    the Hugging Face hub are offline."""
    from hanlp.utils import component_util, io_util

    patches = [
        mock.patch.dict(os.environ, _HUB_OFFLINE),
        mock.patch.object(io_util, "download", _refuse_download),
        mock.patch.object(io_util, "get_latest_info_from_pypi", _refuse_network),
        mock.patch.object(io_util, "check_outdated", _refuse_network),
        mock.patch.object(component_util, "get_latest_info_from_pypi", _refuse_network),
        _hub_offline(),
    ]
    with contextlib.ExitStack() as stack:
        for patch in patches:
            stack.enter_context(patch)
        yield


@contextlib.contextmanager
def _hub_offline() -> Iterator[None]:
    """huggingface_hub reads HF_HUB_OFFLINE at import; flip its constant if it is already imported."""
    import sys

    constants = sys.modules.get("huggingface_hub.constants")
    if constants is None or not hasattr(constants, "HF_HUB_OFFLINE"):
        yield
        return
    with mock.patch.object(constants, "HF_HUB_OFFLINE", True):
        yield


def _original(err: BaseException) -> BaseException:
    """The error HanLP was handling: its error reporter itself fails on `import pkg_resources`
    (gone from setuptools >= 81) and hides the real one in `__context__`."""
    while isinstance(err, ModuleNotFoundError) and err.name == "pkg_resources" and err.__context__ is not None:
        err = err.__context__
    return err


def _explain(model: str, err: BaseException) -> BaseException:
    """A `ModelNotFoundError` for missing files or packages; other errors as they are."""
    err = _original(err)
    if isinstance(err, ModelNotFoundError):
        return err
    if isinstance(err, ImportError):
        return ModelNotFoundError(f"HanLP model {model!r} needs a package that is not installed: {err}")
    if isinstance(err, OSError):
        return ModelNotFoundError(f"HanLP model {model!r} needs a file that is not on disk: {err}")
    return err


def load_model(model: str) -> Any:
    """The HanLP component for `model`, loaded offline, on CPU, with the RNN CRF fix applied."""
    path = resolve_model(model)
    hanlp = import_hanlp()
    noise = io.StringIO()
    try:
        with offline(), contextlib.redirect_stderr(noise):
            component = hanlp.load(str(path), verbose=False)
    except Exception as err:  # noqa: BLE001  (re-raised, explained when it is a missing file or package)
        raise _explain(model, err) from None
    from zone_ner.recognition.hanlp.crf import fix_loaded_crf

    if fix_loaded_crf(component):
        log.warning(
            "HanLP model %s was trained with RNNTaggingModel's sequence-first CRF (it decodes garbage); "
            "retrain it with zone_ner.recognition.hanlp.training",
            model,
        )
    return component
