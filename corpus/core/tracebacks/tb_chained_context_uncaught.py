def read(cfg):
    return cfg["path"]
def load(cfg):
    try:
        return read(cfg)
    except KeyError:
        raise ValueError("config has no path")
load({})
