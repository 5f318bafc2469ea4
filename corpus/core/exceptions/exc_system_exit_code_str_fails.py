# SystemExit whose code cannot be converted to str: only a newline is written, status 1
class Code:
    def __str__(self):
        raise ValueError("no text")
print("exiting")
raise SystemExit(Code())
