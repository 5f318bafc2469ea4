class StorageError(Exception):
    pass
def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise StorageError(f"cannot load {key}") from e
load("cfg")
