import configparser
import os
from functools import lru_cache
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def load_config(section="default"):
    parser = configparser.ConfigParser()
    parser.read(os.environ.get("REPORTER_CONFIG", BASE_DIR / "config.ini"))
    cfg = dict(parser[section])
    # environment wins over the file (used in the k8s CronJob)
    for key in ("apikey", "secret", "orgid", "technicalaccountid", "key_path"):
        env_value = os.environ.get("ADOBE_" + key.upper())
        if env_value:
            cfg[key] = env_value
    if not os.path.isabs(cfg["key_path"]):
        cfg["key_path"] = str(BASE_DIR / cfg["key_path"])
    return cfg


def reporting():
    return load_config("reporting")
