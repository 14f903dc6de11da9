"""Everything here builds a real site with MkDocs: marked slow (``pytest -m 'not slow'`` skips it)."""
import pytest


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "/integration/" in item.nodeid.replace("\\", "/") or item.nodeid.startswith("tests/integration/"):
            item.add_marker(pytest.mark.slow)
