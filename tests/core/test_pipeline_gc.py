"""The pipeline raises the young-generation GC threshold only while the host left the default."""

from __future__ import annotations

import gc

from khabar.pipeline import GC_DEFAULT, GC_KHABAR, _tune_gc


def test_default_threshold_is_raised_and_a_host_setting_is_kept() -> None:
    before = gc.get_threshold()
    try:
        gc.set_threshold(*GC_DEFAULT)
        _tune_gc()
        assert gc.get_threshold() == GC_KHABAR
        gc.set_threshold(2000, 5, 5)  # a host application's own choice
        _tune_gc()
        assert gc.get_threshold() == (2000, 5, 5)
    finally:
        gc.set_threshold(*before)
