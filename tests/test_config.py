"""generator.config is the one source of defaults: the plugin, Settings and the command line agree with it,
and the README documents every option."""
import argparse
import re

from generator import cli, config
from generator.build import Settings
from generator.plugin import BriefingsConfig
from tests.conftest import ROOT


def test_plugin_defaults_are_the_config_defaults():
    cfg = BriefingsConfig()
    cfg.load_dict({})
    errors, warnings = cfg.validate()
    assert not errors and not warnings
    assert dict(cfg) == config.DEFAULTS


def test_settings_defaults_are_the_config_defaults():
    s = Settings()
    assert str(s.seeds_dir) == config.DEFAULTS["seeds_dir"] and str(s.cache_dir) == config.DEFAULTS["cache_dir"]
    for name in ("pipeline", "jobs", "batch_size", "max_bytes", "encoding_fallback"):
        assert getattr(s, name) == config.DEFAULTS[name]


def test_command_line_has_every_parsing_option_with_the_same_default():
    parser = argparse.ArgumentParser()
    cli._common(parser)
    args = parser.parse_args([])
    for option in config.OPTIONS:
        if option.cli:
            assert getattr(args, option.name) == option.default
    assert parser.parse_args(["--batch-size", "8"]).batch_size == 8


def test_readme_documents_every_option_with_its_default():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `(\w+)` \| ([^|]+) \|", readme, re.M))
    assert set(rows) == {o.name for o in config.OPTIONS}
    for o in config.OPTIONS:
        if o.default not in (None, [], True, False):
            assert str(o.default) in rows[o.name].replace("`", "").replace(",", ""), o.name
