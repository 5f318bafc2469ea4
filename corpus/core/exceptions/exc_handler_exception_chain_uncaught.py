# an error in the handler chains to the handled error, three levels deep
def parse(text):
    try:
        return int(text)
    except ValueError:
        return {}[text]
def load(text):
    try:
        return parse(text)
    except KeyError as e:
        raise RuntimeError(f"cannot load {text!r}")
load("abc")
