# except expressions are evaluated only when an exception reaches them, in order
def kind(name):
    print("evaluating", name)
    return {"key": KeyError, "value": ValueError}[name]
try:
    raise ValueError("v")
except kind("key"):
    print("key handler")
except kind("value"):
    print("value handler")
try:
    pass
except undefined_name:
    print("never")
print("no NameError")
try:
    raise ValueError("v")
except undefined_name:
    print("never")
