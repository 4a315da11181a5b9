"""Live and replica settings profiles: politeness on live runs, no waiting on the replica."""

from click.testing import CliRunner

from banli.crawl import crawl
from spiders.run import crawl_settings

REPLICA_MAP = {"https://mzj.wuhan.gov.cn": "http://127.0.0.1:41234"}


def test_live_runs_are_polite_and_honest():
    settings = crawl_settings(replica_map={}, archive_root="/tmp/a", run_id="r", overrides={})
    assert settings["USER_AGENT"].startswith("banli/0.1 (+https://github.com/banli-open-data/banli")
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 2 and settings.getint("RETRY_TIMES") == 3
    assert settings.getint("DOWNLOAD_MAXSIZE") == 16 * 1024 * 1024
    assert not settings.getbool("REMOTE_CONTROL_ENABLED") and not settings.getbool("HTTPCACHE_ENABLED")
    assert settings["BANLI_REPLICA_MAP"] == {} and settings["BANLI_PROFILE"] == "live"


def test_replica_runs_only_stop_waiting():
    settings = crawl_settings(replica_map=REPLICA_MAP, archive_root="/tmp/a", run_id="r", overrides={"LOG_LEVEL": "ERROR"})
    assert settings["BANLI_PROFILE"] == "replica" and settings.getdict("BANLI_REPLICA_MAP") == REPLICA_MAP
    assert not settings.getbool("AUTOTHROTTLE_ENABLED") and settings.getfloat("DOWNLOAD_DELAY") == 0
    assert settings.getbool("ROBOTSTXT_OBEY") and settings["USER_AGENT"].startswith("banli/")
    assert settings["LOG_LEVEL"] == "ERROR" and settings["BANLI_RUN_ID"] == "r"
    settings.set("DOWNLOAD_DELAY", 5, priority="spider")
    assert settings.getfloat("DOWNLOAD_DELAY") == 0


def test_size_needs_the_replica():
    result = CliRunner().invoke(crawl, ["--size", "10"])
    assert result.exit_code == 2 and "only a replica has a size" in result.output
