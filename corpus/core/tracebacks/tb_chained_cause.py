class ConfigError(Exception):
    pass
def read(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(f"missing {key!r}") from e
def load():
    return read({"a": 1}, "b")
load()
